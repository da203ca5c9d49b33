// accord-server: the host that loads the Accord plugin and serves it (see
// server_app.h; --help lists every setting).
#include <signal.h>

#include <iostream>

#include <Poco/Exception.h>

#include "server_app.h"

int main(int argc, char** argv) {
  // Block the stop signals before any thread exists, so every thread inherits
  // the mask and only ServerApplication::waitForTerminationRequest (sigwait)
  // receives them. Otherwise a SIGTERM that lands on a worker thread in the
  // moment after start-up kills the process instead of shutting it down.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGQUIT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);
  try {
    accord::server::ServerApp app;
    return app.run(argc, argv);
  } catch (const Poco::Exception& e) {
    std::cerr << "accord-server: " << e.displayText() << std::endl;
    return Poco::Util::Application::EXIT_SOFTWARE;
  }
}
