// Validating input records line by line with std::regex_match and extracting
// fields from capture groups.
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

struct Employee {
  std::string id;
  std::string email;
  int year, month, day;
};

class RecordValidator {
public:
  // e.g. "E1234, jane.doe@example.com, 2021-03-15"
  RecordValidator()
      : pattern_(
            R"(\s*(E\d{4})\s*,\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*,\s*(\d{4})-(\d{2})-(\d{2})\s*)") {
  }

  bool parse(const std::string &line, Employee &out) const {
    std::smatch m;
    if (!std::regex_match(line, m, pattern_))
      return false;
    out = {m[1].str(), m[2].str(), std::stoi(m[3].str()), std::stoi(m[4].str()),
           std::stoi(m[5].str())};
    return out.month >= 1 && out.month <= 12 && out.day >= 1 && out.day <= 31;
  }

private:
  std::regex pattern_;
};

int main() {
  std::istringstream input("E0001, ada@example.com, 2019-07-01\n"
                           "E0002,grace.hopper@navy.mil.example,2020-12-31\n"
                           "X0003, bad-id@example.com, 2020-01-01\n"
                           "E0004, not-an-email, 2020-01-01\n"
                           "E0005, x@y.org, 2020-13-01\n"
                           "E0006, l.t+tag@kernel.example.org, 2022-02-28 \n");

  RecordValidator v;
  std::vector<Employee> good;
  std::vector<int> badLines;
  std::string line;
  int lineno = 0;
  while (std::getline(input, line)) {
    ++lineno;
    Employee e;
    if (v.parse(line, e))
      good.push_back(e);
    else
      badLines.push_back(lineno);
  }

  for (const auto &e : good)
    std::cout << e.id << " <" << e.email << "> joined " << e.year << '\n';
  std::cout << "rejected lines:";
  for (int n : badLines)
    std::cout << ' ' << n;
  std::cout << std::endl;
  return (good.size() == 3 && badLines == std::vector<int>{3, 4, 5} &&
          good[2].email == "l.t+tag@kernel.example.org")
             ? 0
             : 1;
}
