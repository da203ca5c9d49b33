// parseObject: Poco's JSON parser with the checks it lacks. Poco keeps the last of
// two equal keys and its messages name its own state ("Attempt to set value on an
// empty stack" for a `null` document); a handler that watches the keys and the
// nesting refuses the first and replaces the second.
#include <set>
#include <string>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include "accord/json/node.h"

namespace accord::json {

using domain::Error;

namespace {

// Thrown from inside the parser to stop it at the first refusal.
struct Refused {
  Error error;
};

// Builds the object as ParseHandler does, keeping per open object the keys seen
// and per open array the index reached, so that a repeated key can be named by its
// JSON path.
class StrictHandler final : public Poco::JSON::ParseHandler {
 public:
  StrictHandler(std::string root, int maxDepth) : ParseHandler(true), root_(std::move(root)), maxDepth_(maxDepth) {}

  void reset() override {
    ParseHandler::reset();
    frames_.clear();
  }
  void startObject() override {
    open(false);
    ParseHandler::startObject();
  }
  void endObject() override {
    frames_.pop_back();
    ParseHandler::endObject();
  }
  void startArray() override {
    open(true);
    ParseHandler::startArray();
  }
  void endArray() override {
    frames_.pop_back();
    ParseHandler::endArray();
  }
  void key(const std::string& k) override {
    Frame& f = frames_.back();
    f.key = k;
    if (!f.keys.insert(k).second) throw Refused{Error::invalid(path(), "is given twice; name each field once")};
    ParseHandler::key(k);
  }
  void value(int v) override { element(), ParseHandler::value(v); }
  void value(unsigned v) override { element(), ParseHandler::value(v); }
#if defined(POCO_HAVE_INT64)
  void value(Poco::Int64 v) override { element(), ParseHandler::value(v); }
  void value(Poco::UInt64 v) override { element(), ParseHandler::value(v); }
#endif
  void value(const std::string& v) override { element(), ParseHandler::value(v); }
  void value(double v) override { element(), ParseHandler::value(v); }
  void value(bool v) override { element(), ParseHandler::value(v); }
  void null() override { element(), ParseHandler::null(); }

 private:
  struct Frame {
    bool array = false;
    long index = -1;  // arrays: the element being read
    std::set<std::string> keys;
    std::string key;  // objects: the key being read
  };

  // A value, object or array begins: the next element of an enclosing array.
  void element() {
    if (frames_.empty()) throw Refused{Error::invalid(root_, "must be a JSON object")};
    if (frames_.back().array) ++frames_.back().index;
  }
  void open(bool array) {
    if (frames_.empty() && array) throw Refused{Error::invalid(root_, "must be a JSON object")};
    if (!frames_.empty()) element();
    if (maxDepth_ > 0 && static_cast<int>(frames_.size()) >= maxDepth_)
      throw Refused{Error::invalid(root_, "nests deeper than " + std::to_string(maxDepth_) + " levels")};
    frames_.push_back(Frame{array, -1, {}, {}});
  }
  std::string path() const {
    std::string out = "$";
    for (const Frame& f : frames_) out += f.array ? "[" + std::to_string(f.index) + "]" : "." + f.key;
    return out;
  }

  std::string root_;
  int maxDepth_;
  std::vector<Frame> frames_;
};

}  // namespace

domain::Result<Poco::JSON::Object::Ptr> parseObject(std::string_view json, const ParseOptions& options) {
  Poco::SharedPtr<StrictHandler> handler = new StrictHandler(options.root, options.maxDepth);
  try {
    Poco::JSON::Parser parser(handler);
    // The handler refuses deeper nesting first; Poco's limit is the backstop.
    if (options.maxDepth > 0) parser.setDepth(static_cast<std::size_t>(options.maxDepth) + 1);
    Poco::Dynamic::Var v = parser.parse(std::string(json));
    if (v.type() != typeid(Poco::JSON::Object::Ptr)) return Error::invalid(options.root, "must be a JSON object");
    return v.extract<Poco::JSON::Object::Ptr>();
  } catch (const Refused& r) {
    return r.error;
  } catch (const Poco::Exception&) {
    return Error::invalid(options.root, "is not valid JSON");
  }
}

}  // namespace accord::json
