// Opening a fixed-width record file with std::fstream in|out and patching one
// record in place with seekp/write.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

constexpr int kRecordLen = 16; // 15 chars + '\n'

std::string make_record(const std::string &name, int balance) {
  char buf[kRecordLen + 1];
  std::snprintf(buf, sizeof buf, "%-8s%6d\n", name.c_str(), balance);
  std::string s(buf);
  s.insert(s.size() - 1, std::string(kRecordLen - s.size(), ' '));
  return s;
}

class Ledger {
public:
  explicit Ledger(const fs::path &p)
      : f_(p, std::ios::in | std::ios::out | std::ios::binary) {}
  bool ok() const { return static_cast<bool>(f_); }

  std::string read(int index) {
    std::string rec(kRecordLen, '\0');
    f_.seekg(static_cast<std::streamoff>(index) * kRecordLen);
    f_.read(rec.data(), kRecordLen);
    return rec;
  }
  void write(int index, const std::string &rec) {
    f_.seekp(static_cast<std::streamoff>(index) * kRecordLen);
    f_.write(rec.data(), kRecordLen);
    f_.flush();
  }

private:
  std::fstream f_;
};

int main() {
  const fs::path dir =
      fs::temp_directory_path() /
      ("fstream-inplace-update.dir-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "ledger.dat";
  {
    std::ofstream out(file, std::ios::binary);
    out << make_record("alice", 100) << make_record("bob", 250)
        << make_record("carol", 75);
  }
  const auto before = fs::file_size(file);

  bool ok;
  {
    Ledger ledger(file);
    ok = ledger.ok();
    std::string bob = ledger.read(1);
    std::cout << "before: " << bob;
    int bal = std::stoi(bob.substr(8, 6));
    ledger.write(1, make_record("bob", bal - 50));
    std::string after = ledger.read(1);
    std::cout << "after:  " << after;
    ok = ok && after.substr(0, 14) == "bob        200" &&
         ledger.read(2).starts_with("carol");
  }
  ok = ok && fs::file_size(file) == before && before == 3 * kRecordLen;
  fs::remove_all(dir);
  std::cout << (ok ? "in-place update ok" : "in-place update failed")
            << std::endl;
  return ok ? 0 : 1;
}
