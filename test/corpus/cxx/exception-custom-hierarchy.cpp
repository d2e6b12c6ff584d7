// A custom exception hierarchy rooted in std::runtime_error with an overridden
// what() that builds a detailed message lazily.
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

class ParseError : public std::runtime_error {
public:
  ParseError(std::string file, int line, const std::string &msg)
      : std::runtime_error(msg), file_(std::move(file)), line_(line) {}

  const char *what() const noexcept override {
    if (full_.empty()) {
      try {
        full_ = file_ + ":" + std::to_string(line_) + ": " + kind() + ": " +
                std::runtime_error::what();
      } catch (...) {
        return std::runtime_error::what();
      }
    }
    return full_.c_str();
  }
  virtual const char *kind() const noexcept { return "parse error"; }
  int line() const noexcept { return line_; }

private:
  std::string file_;
  int line_;
  mutable std::string full_;
};

class SyntaxError : public ParseError {
public:
  using ParseError::ParseError;
  const char *kind() const noexcept override { return "syntax error"; }
};

class UnknownKeyword : public SyntaxError {
public:
  UnknownKeyword(std::string file, int line, const std::string &kw)
      : SyntaxError(std::move(file), line, "unknown keyword '" + kw + "'"),
        keyword(kw) {}
  std::string keyword;
};

void parse_line(const std::string &file, int n, const std::string &text) {
  if (text.empty())
    throw ParseError(file, n, "empty statement");
  if (text.back() != ';')
    throw SyntaxError(file, n, "missing ';'");
  if (!text.starts_with("let ") && !text.starts_with("print "))
    throw UnknownKeyword(file, n, text.substr(0, text.find(' ')));
}

int main() {
  const std::vector<std::string> lines{"let x = 1;", "print x", "",
                                       "frobnicate y;", "print x;"};
  int parseErrors = 0, syntaxErrors = 0, unknown = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    try {
      parse_line("script.txt", static_cast<int>(i + 1), lines[i]);
    } catch (const UnknownKeyword &e) {
      ++unknown;
      std::cout << e.what() << " [keyword=" << e.keyword << "]\n";
    } catch (const SyntaxError &e) {
      ++syntaxErrors;
      std::cout << e.what() << '\n';
    } catch (
        const std::exception &e) { // base handler sees the overridden what()
      ++parseErrors;
      std::cout << e.what() << '\n';
    }
  }
  try {
    parse_line("x", 9, "oops;");
  } catch (const std::runtime_error &e) {
    const std::string w = e.what();
    if (w != "x:9: syntax error: unknown keyword 'oops;'")
      return 1;
  }
  std::cout << parseErrors << " parse, " << syntaxErrors << " syntax, "
            << unknown << " unknown" << std::endl;
  return (parseErrors == 1 && syntaxErrors == 1 && unknown == 1) ? 0 : 1;
}
