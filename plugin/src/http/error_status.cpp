#include "accord/http/error_status.h"

namespace accord::http {

using domain::ErrorCode;

int httpStatus(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return 400;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kAlreadyExists: return 409;
    case ErrorCode::kInvalidState: return 409;
    case ErrorCode::kConflict: return 412;
    case ErrorCode::kPreconditionRequired: return 428;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

std::string problemType(ErrorCode code) { return std::string("urn:accord:problem:") + domain::errorCodeName(code); }

const char* reasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Error";
  }
}

std::string clientMessage(const domain::Error& e) {
  switch (e.code) {
    case domain::ErrorCode::kInternal:
      return "the server could not complete this request; the fault is in its log under this request's id";
    case domain::ErrorCode::kUnavailable:
      // The one service besides the database that can be away is the PDF
      // converter (LibreOffice missing, or a conversion past its timeout); its
      // errors name the format asked for and say nothing of internals.
      return e.field == "format" ? e.message : "the database cannot be reached just now; try again shortly";
    default:
      return e.message;
  }
}

}  // namespace accord::http
