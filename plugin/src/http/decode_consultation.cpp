// Consultation bodies: a comment or reply, an amendment, a decision on one.
#include "accord/json/consultation.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using namespace json;

Decoded<NewComment> newComment(Poco::JSON::Object::Ptr body) {
  Decoded<NewComment> out;
  Node n(body, "$", out.errors);
  out.value.comment = readCommentRequest(n, out.value.country);
  n.finish();
  return out;
}

Decoded<NewAmendment> newAmendment(Poco::JSON::Object::Ptr body) {
  Decoded<NewAmendment> out;
  Node n(body, "$", out.errors);
  out.value.amendment = readAmendmentRequest(n, out.value.country);
  n.finish();
  return out;
}

Decoded<AmendmentDecision> amendmentDecision(Poco::JSON::Object::Ptr body) {
  Decoded<AmendmentDecision> out;
  Node n(body, "$", out.errors);
  out.value.state = n.enumeration("state", parseAmendmentState);
  out.value.reason = n.text("reason", text_rules::kNote);
  n.finish();
  return out;
}

}  // namespace accord::http::decode
