// Returning std::optional for "maybe a value" lookups and std::variant<Value,
// Error> for parse results, as modern API code does.
#include <charconv>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct ParseError {
  std::size_t position;
  std::string message;
};

using Setting = std::variant<bool, long, std::string>;
using ParseResult = std::variant<Setting, ParseError>;

ParseResult parse_value(std::string_view s) {
  if (s == "true" || s == "false")
    return Setting{s == "true"};
  if (!s.empty() && s.front() == '"') {
    if (s.size() < 2 || s.back() != '"')
      return ParseError{s.size(), "unterminated string"};
    return Setting{std::string(s.substr(1, s.size() - 2))};
  }
  long v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size())
    return ParseError{static_cast<std::size_t>(ptr - s.data()), "not a number"};
  return Setting{v};
}

class Settings {
public:
  std::optional<ParseError> set(const std::string &key, std::string_view raw) {
    ParseResult r = parse_value(raw);
    if (auto *err = std::get_if<ParseError>(&r))
      return *err;
    values_[key] = std::get<Setting>(std::move(r));
    return std::nullopt;
  }
  template <class T> std::optional<T> get(const std::string &key) const {
    auto it = values_.find(key);
    if (it == values_.end())
      return std::nullopt;
    if (auto *v = std::get_if<T>(&it->second))
      return *v;
    return std::nullopt;
  }

private:
  std::map<std::string, Setting> values_;
};

int main() {
  Settings s;
  std::vector<std::string> errors;
  const std::vector<std::pair<std::string, std::string>> input{
      {"verbose", "true"},
      {"threads", "8"},
      {"name", "\"worker\""},
      {"timeout", "12x"},
      {"label", "\"open"}};
  for (const auto &[k, v] : input)
    if (auto err = s.set(k, v))
      errors.push_back(k + ": " + err->message + " at " +
                       std::to_string(err->position));

  for (const auto &e : errors)
    std::cout << "error " << e << '\n';
  std::cout << "verbose=" << s.get<bool>("verbose").value_or(false)
            << " threads=" << s.get<long>("threads").value_or(1)
            << " name=" << s.get<std::string>("name").value_or("?")
            << " threads-as-string="
            << s.get<std::string>("threads").has_value() << std::endl;

  return (errors.size() == 2 && errors[0] == "timeout: not a number at 2" &&
          s.get<bool>("verbose") == true && s.get<long>("threads") == 8 &&
          s.get<std::string>("name") == "worker" &&
          !s.get<std::string>("threads") && !s.get<long>("missing"))
             ? 0
             : 1;
}
