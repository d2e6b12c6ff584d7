// A tee streambuf that duplicates everything written to it into two other
// streambufs, e.g. console plus a log file.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <unistd.h>

class TeeBuf : public std::streambuf {
public:
  TeeBuf(std::streambuf *a, std::streambuf *b) : a_(a), b_(b) {}

protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof()))
      return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    const auto r1 = a_->sputc(c);
    const auto r2 = b_->sputc(c);
    if (traits_type::eq_int_type(r1, traits_type::eof()) ||
        traits_type::eq_int_type(r2, traits_type::eof()))
      return traits_type::eof();
    return ch;
  }
  std::streamsize xsputn(const char *s, std::streamsize n) override {
    const auto n1 = a_->sputn(s, n);
    const auto n2 = b_->sputn(s, n);
    return std::min(n1, n2);
  }
  int sync() override {
    const int r1 = a_->pubsync();
    const int r2 = b_->pubsync();
    return (r1 == 0 && r2 == 0) ? 0 : -1;
  }

private:
  std::streambuf *a_;
  std::streambuf *b_;
};

class TeeStream : public std::ostream {
public:
  TeeStream(std::ostream &a, std::ostream &b)
      : std::ostream(nullptr), buf_(a.rdbuf(), b.rdbuf()) {
    rdbuf(&buf_);
  }

private:
  TeeBuf buf_;
};

int main() {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("tee-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path logPath = dir / "session.log";

  {
    std::ofstream logFile(logPath);
    TeeStream tee(std::cout, logFile);
    tee << "starting job " << 7 << '\n';
    for (int i = 0; i < 3; ++i)
      tee << "  step " << i << " done\n";
    tee << "job finished" << std::endl;
  }

  std::ifstream in(logPath);
  std::stringstream ss;
  ss << in.rdbuf();
  in.close();
  fs::remove_all(dir);

  const std::string logged = ss.str();
  std::cout << "log file has " << logged.size() << " bytes\n";
  return logged == "starting job 7\n  step 0 done\n  step 1 done\n  step 2 "
                   "done\njob finished\n"
             ? 0
             : 1;
}
