#include "http_transport.h"

#include <algorithm>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Exception.h>

#include "host_answer.h"

namespace accord::server {

namespace {

constexpr int kListenerTag = -1, kWakeTag = -2;

bool past(const Connection& c, int seconds, Clock::time_point now) { return now - c.since > std::chrono::seconds(seconds); }

}  // namespace

HttpTransport::HttpTransport(Poco::Net::ServerSocket socket, Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                             Poco::Net::HTTPServerParams::Ptr params, TransportLimits limits, Poco::Logger& logger)
    : socket_(std::move(socket)),
      factory_(std::move(factory)),
      params_(std::move(params)),
      limits_(limits),
      logger_(logger),
      context_{*factory_, params_, limits_, logger_, stopping_},
      pool_(limits_.threads, static_cast<std::size_t>(limits_.queue)) {}

HttpTransport::~HttpTransport() {
  stop();
  if (epoll_ >= 0) ::close(epoll_);
  if (wake_ >= 0) ::close(wake_);
}

void HttpTransport::start() {
  epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
  wake_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (epoll_ < 0 || wake_ < 0) throw Poco::SystemException("cannot create the HTTP poller");
  epoll_event e{};
  e.events = EPOLLIN;
  e.data.fd = kWakeTag;
  ::epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_, &e);
  e.data.fd = kListenerTag;
  ::epoll_ctl(epoll_, EPOLL_CTL_ADD, socket_.impl()->sockfd(), &e);
  poller_ = std::thread([this] { poll(); });
}

void HttpTransport::stop() {
  if (!poller_.joinable()) return;
  stopping_ = true;
  std::uint64_t one = 1;
  (void)!::write(wake_, &one, sizeof one);
  poller_.join();
}

void HttpTransport::watch(int fd) {
  epoll_event e{};
  e.events = EPOLLIN | EPOLLRDHUP;
  e.data.fd = fd;
  ::epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &e);
}

// A connection with a worker is not watched; unwatching it again is harmless (ENOENT).
void HttpTransport::unwatch(int fd) { ::epoll_ctl(epoll_, EPOLL_CTL_DEL, fd, nullptr); }

void HttpTransport::close(int fd) {
  auto it = open_.find(fd);
  if (it == open_.end()) return;
  unwatch(fd);
  const Connection& c = *it->second;
  if (c.phase == Connection::Phase::kWaiting) {
    auto& queue = waiting_[c.peer];
    queue.erase(std::remove(queue.begin(), queue.end(), it->second), queue.end());
    if (queue.empty()) waiting_.erase(c.peer);
  }
  if (--perAddress_[c.peer] <= 0) perAddress_.erase(c.peer);
  try {
    it->second->socket.close();
  } catch (const Poco::Exception&) {
  }
  open_.erase(it);
}

void HttpTransport::poll() {
  epoll_event events[256];
  auto lastExpiry = Clock::now();
  while (!stopping_) {
    int n = ::epoll_wait(epoll_, events, 256, 100);
    for (int i = 0; i < n && !stopping_; ++i) {
      int tag = events[i].data.fd;
      if (tag == kWakeTag) {
        std::uint64_t count;
        (void)!::read(wake_, &count, sizeof count);
      } else if (tag == kListenerTag) {
        accept();
      } else if (auto it = open_.find(tag); it != open_.end()) {
        receive(it->second);
      }
    }
    takeBack();
    if (Clock::now() - lastExpiry > std::chrono::milliseconds(100)) {
      expire();
      lastExpiry = Clock::now();
    }
  }
  // Stopping: no new connections, none kept waiting; the queued and in-flight
  // requests finish, then their connections close too.
  ::epoll_ctl(epoll_, EPOLL_CTL_DEL, socket_.impl()->sockfd(), nullptr);
  socket_.close();
  std::vector<int> idle;
  for (auto& [fd, c] : open_)
    if (c->phase != Connection::Phase::kServing) idle.push_back(fd);
  for (int fd : idle) close(fd);
  pool_.stop();
  takeBack();
}

void HttpTransport::accept() {
  // Level-triggered: whatever is left for this round comes back at the next wait.
  for (int i = 0; i < 64 && socket_.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ); ++i) {
    Poco::Net::SocketAddress from;
    Poco::Net::StreamSocket s;
    try {
      s = socket_.acceptConnection(from);
    } catch (const Poco::Exception& e) {
      // Out of descriptors, or the client gave up before we took it: try again
      // at the next round, a little later so that a lasting shortage does not
      // spin the poller; logged once in a hundred.
      if (acceptFailures_++ % 100 == 0) logger_.warning("cannot accept a connection: %s", e.displayText());
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      return;
    }
    std::string peer = from.host().toString();
    int& mine = perAddress_[peer];
    if (mine >= limits_.perAddress || static_cast<int>(open_.size()) >= limits_.maxConnections) {
      bool perAddress = mine >= limits_.perAddress;
      if (mine == 0) perAddress_.erase(peer);
      sendAndClose(s, hostAnswer(perAddress ? 429 : 503,
                                 perAddress ? "too many connections from your address; close some and retry"
                                            : "the server holds as many connections as it may; retry shortly"),
                   Poco::Timespan(0));
      s.close();
      continue;
    }
    ++mine;
    auto c = std::make_shared<Connection>();
    c->socket = s;
    c->peer = peer;
    c->socket.setNoDelay(true);
    int fd = c->socket.impl()->sockfd();
    open_[fd] = c;
    watch(fd);
  }
}

void HttpTransport::receive(const std::shared_ptr<Connection>& c) {
  int fd = c->socket.impl()->sockfd();
  char buffer[16384];
  ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
  if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) return close(fd);
  if (n < 0) return;
  if (c->phase == Connection::Phase::kIdle) {
    c->phase = Connection::Phase::kHead;
    c->since = Clock::now();
  }
  c->in.append(buffer, static_cast<std::size_t>(n));
  // Only a new line can complete or spoil a head; a client that trickles bytes
  // without one costs no parsing.
  if (std::string_view(buffer, static_cast<std::size_t>(n)).find('\n') == std::string_view::npos &&
      c->in.size() < limits_.maxHeadBytes)
    return;
  c->head = parseRequestHead(c->in, limits_.maxHeadBytes);
  if (c->head.state != RequestHead::State::kIncomplete) dispatch(c);
}

void HttpTransport::dispatch(const std::shared_ptr<Connection>& c) {
  unwatch(c->socket.impl()->sockfd());
  if (serving_[c->peer] >= limits_.perAddressServing) {
    c->phase = Connection::Phase::kWaiting;
    waiting_[c->peer].push_back(c);
    return;
  }
  serve(c);
}

// The address's count of requests with a worker drops, and its next waiting
// request, if any, takes the turn.
void HttpTransport::finished(const Connection& c) {
  auto it = serving_.find(c.peer);
  if (it != serving_.end() && --it->second <= 0) serving_.erase(it);
  auto next = waiting_.find(c.peer);
  if (next == waiting_.end() || stopping_) return;
  std::shared_ptr<Connection> turn = next->second.front();
  next->second.pop_front();
  if (next->second.empty()) waiting_.erase(next);
  serve(turn);
}

void HttpTransport::serve(const std::shared_ptr<Connection>& c) {
  int fd = c->socket.impl()->sockfd();
  c->phase = Connection::Phase::kServing;
  ++serving_[c->peer];
  bool queued = pool_.offer([this, c] {
    serveOneRequest(*c, context_);
    {
      std::lock_guard<std::mutex> lock(returnedMutex_);
      returned_.push_back(c);
    }
    std::uint64_t one = 1;
    (void)!::write(wake_, &one, sizeof one);
  });
  if (queued) return;
  std::uint64_t n = ++refused_;
  // Every hundredth refusal is logged, so an overload cannot flood the log.
  if (n % 100 == 1) logger_.warning("at capacity: turned away %Lu request(s) with 503 so far", n);
  sendAndClose(c->socket, hostAnswer(503, "the server is at capacity: every worker is busy and the queue is full; "
                                          "retry shortly"),
               Poco::Timespan(0));
  finished(*c);
  close(fd);
}

void HttpTransport::takeBack() {
  std::vector<std::shared_ptr<Connection>> back;
  {
    std::lock_guard<std::mutex> lock(returnedMutex_);
    back.swap(returned_);
  }
  for (auto& c : back) {
    finished(*c);
    int fd = c->socket.impl()->sockfd();
    if (c->close || stopping_) {
      close(fd);
      continue;
    }
    c->head = RequestHead{};
    c->phase = c->in.empty() ? Connection::Phase::kIdle : Connection::Phase::kHead;
    c->since = Clock::now();
    watch(fd);
    // A pipelined request may already be here in full.
    if (!c->in.empty()) {
      c->head = parseRequestHead(c->in, limits_.maxHeadBytes);
      if (c->head.state != RequestHead::State::kIncomplete) dispatch(c);
    }
  }
}

void HttpTransport::expire() {
  auto now = Clock::now();
  std::vector<int> ended;
  for (auto& [fd, c] : open_) {
    if (c->phase == Connection::Phase::kIdle && past(*c, limits_.idleSeconds, now)) ended.push_back(fd);
    // A head that has not arrived in time is dropped without an answer: the
    // client is not reading, or not trying.
    if (c->phase == Connection::Phase::kHead && past(*c, limits_.headSeconds, now)) ended.push_back(fd);
  }
  for (int fd : ended) close(fd);
}

}  // namespace accord::server
