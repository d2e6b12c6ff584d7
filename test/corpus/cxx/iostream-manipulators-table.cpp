// Formatting a report table with setw, left/right, setfill, setprecision, fixed
// and hex, restoring stream flags afterwards.
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct Row {
  std::string name;
  double price;
  std::uint32_t id;
};

class FlagSaver {
public:
  explicit FlagSaver(std::ostream &os)
      : os_(os), flags_(os.flags()), prec_(os.precision()), fill_(os.fill()) {}
  ~FlagSaver() {
    os_.flags(flags_);
    os_.precision(prec_);
    os_.fill(fill_);
  }
  FlagSaver(const FlagSaver &) = delete;
  FlagSaver &operator=(const FlagSaver &) = delete;

private:
  std::ostream &os_;
  std::ios::fmtflags flags_;
  std::streamsize prec_;
  char fill_;
};

void print_table(std::ostream &os, const std::vector<Row> &rows) {
  FlagSaver saver(os);
  os << std::left << std::setw(10) << "name" << std::right << std::setw(10)
     << "price" << std::setw(12) << "id" << '\n';
  for (const auto &r : rows) {
    os << std::left << std::setw(10) << r.name << std::right << std::fixed
       << std::setprecision(2) << std::setw(10) << r.price << "  0x" << std::hex
       << std::setw(8) << std::setfill('0') << r.id << std::setfill(' ')
       << std::dec << '\n';
  }
}

int main() {
  std::vector<Row> rows{{"apple", 1.5, 0xbeef},
                        {"melon", 12.126, 0x1234abcd},
                        {"kiwi", 0.333333, 42}};
  print_table(std::cout, rows);

  std::ostringstream os;
  print_table(os, rows);
  os << 3.14159; // flags restored: default formatting again
  const std::string out = os.str();
  std::cout << "default after restore: " << 255 << " " << 3.14159 << '\n';

  bool ok = out.find("     12.13  0x1234abcd") != std::string::npos &&
            out.find("0x0000002a") != std::string::npos &&
            out.ends_with("3.14159");
  std::cout << (ok ? "table ok" : "table mismatch") << std::endl;
  return ok ? 0 : 1;
}
