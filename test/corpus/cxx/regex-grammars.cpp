// Comparing regex grammars: ECMAScript (default), POSIX extended, basic and
// grep, as tools accepting user patterns must choose one.
#include <iostream>
#include <regex>
#include <string>
#include <vector>

struct Case {
  std::string pattern;
  std::regex::flag_type grammar;
  const char *grammarName;
  std::string input;
  bool expectMatch;
};

int main() {
  const std::vector<Case> cases{
      {R"(\d+-\d+)", std::regex::ECMAScript, "ECMAScript", "10-20", true},
      {"[[:digit:]]+-[[:digit:]]+", std::regex::extended, "extended", "10-20",
       true},
      {"(ab)+c", std::regex::extended, "extended", "ababc", true},
      {R"(\(ab\)*c)", std::regex::basic, "basic", "ababc", true},
      {"(ab)*c", std::regex::basic, "basic", "(ab)*c",
       false}, // parens are literal in BRE, '*' applies to ')'
      {"a|b", std::regex::ECMAScript, "ECMAScript", "b", true},
      {"a|b", std::regex::basic, "basic", "a|b", true}, // '|' is literal in BRE
      {"x\ny", std::regex::grep, "grep", "y",
       true}, // newline separates alternatives in grep
      {R"((?:foo)bar)", std::regex::ECMAScript, "ECMAScript", "foobar", true},
      {R"(a{2,3})", std::regex::extended, "extended", "aaa", true},
  };

  int wrong = 0;
  for (const auto &c : cases) {
    bool matched = false;
    try {
      std::regex re(c.pattern, c.grammar);
      matched = std::regex_match(c.input, re);
    } catch (const std::regex_error &e) {
      std::cout << "regex_error for " << c.pattern << ": " << e.what() << '\n';
    }
    std::cout << c.grammarName << " /" << c.pattern << "/ vs \"" << c.input
              << "\": " << (matched ? "match" : "no")
              << (matched == c.expectMatch ? "" : "  <-- unexpected") << '\n';
    wrong += matched != c.expectMatch;
  }

  // Non-capturing groups are ECMAScript-only; POSIX extended rejects them.
  bool threw = false;
  try {
    std::regex bad("(?:x)", std::regex::extended);
  } catch (const std::regex_error &e) {
    threw = true;
    std::cout << "extended rejects (?:x): code " << e.code() << '\n';
  }
  std::cout << wrong << " unexpected results" << std::endl;
  return (wrong == 0 && threw) ? 0 : 1;
}
