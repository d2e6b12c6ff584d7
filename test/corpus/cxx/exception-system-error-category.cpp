// A custom std::error_category and error-code enum plugged into
// std::error_code/std::system_error, compared with std::errc conditions.
#include <iostream>
#include <string>
#include <system_error>

enum class HttpError {
  ok = 0,
  bad_request = 400,
  not_found = 404,
  timeout = 504
};

namespace std {
template <> struct is_error_code_enum<HttpError> : true_type {};
} // namespace std

class HttpCategory : public std::error_category {
public:
  const char *name() const noexcept override { return "http"; }
  std::string message(int ev) const override {
    switch (static_cast<HttpError>(ev)) {
    case HttpError::ok:
      return "ok";
    case HttpError::bad_request:
      return "bad request";
    case HttpError::not_found:
      return "not found";
    case HttpError::timeout:
      return "gateway timeout";
    }
    return "http error " + std::to_string(ev);
  }
  std::error_condition default_error_condition(int ev) const noexcept override {
    if (ev == 504)
      return std::errc::timed_out;
    if (ev == 404)
      return std::errc::no_such_file_or_directory;
    return std::error_condition(ev, *this);
  }
};

const std::error_category &http_category() {
  static HttpCategory instance;
  return instance;
}

std::error_code make_error_code(HttpError e) {
  return {static_cast<int>(e), http_category()};
}

std::string fetch(const std::string &path) {
  if (path == "/slow")
    throw std::system_error(HttpError::timeout, "GET " + path);
  if (path != "/")
    throw std::system_error(make_error_code(HttpError::not_found),
                            "GET " + path);
  return "<html/>";
}

int main() {
  int timeouts = 0, missing = 0;
  for (const char *p : {"/", "/slow", "/nope"}) {
    try {
      std::cout << p << ": " << fetch(p) << '\n';
    } catch (const std::system_error &e) {
      std::cout << p << ": " << e.what() << " [" << e.code().category().name()
                << ":" << e.code().value() << "]\n";
      if (e.code() == std::errc::timed_out)
        ++timeouts;
      if (e.code() == std::errc::no_such_file_or_directory)
        ++missing;
    }
  }
  std::error_code ec = HttpError::bad_request;
  std::cout << "bad_request message: " << ec.message()
            << ", equals errc::invalid_argument? "
            << (ec == std::errc::invalid_argument) << '\n';

  // OS errors use the same machinery.
  std::error_code sys(ENOENT, std::system_category());
  std::cout << "system ENOENT: " << sys.message() << std::endl;
  return (timeouts == 1 && missing == 1 && ec.message() == "bad request" &&
          sys == std::errc::no_such_file_or_directory)
             ? 0
             : 1;
}
