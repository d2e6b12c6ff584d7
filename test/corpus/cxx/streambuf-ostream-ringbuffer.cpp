// A custom streambuf that keeps only the last N bytes written (a crash-log ring
// buffer), used through a std::ostream.
#include <iostream>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

class RingBuf : public std::streambuf {
public:
  explicit RingBuf(std::size_t cap) : data_(cap) {}

  std::string contents() const {
    if (!full_)
      return std::string(data_.begin(),
                         data_.begin() + static_cast<long>(head_));
    std::string s(data_.begin() + static_cast<long>(head_), data_.end());
    s.append(data_.begin(), data_.begin() + static_cast<long>(head_));
    return s;
  }

protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof()))
      return traits_type::not_eof(ch);
    put(traits_type::to_char_type(ch));
    return ch;
  }
  std::streamsize xsputn(const char *s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i)
      put(s[i]);
    return n;
  }

private:
  void put(char c) {
    data_[head_] = c;
    head_ = (head_ + 1) % data_.size();
    if (head_ == 0)
      full_ = true;
  }
  std::vector<char> data_;
  std::size_t head_ = 0;
  bool full_ = false;
};

class CrashLog : public std::ostream {
public:
  explicit CrashLog(std::size_t cap) : std::ostream(&buf_), buf_(cap) {}
  std::string dump() const { return buf_.contents(); }

private:
  RingBuf buf_;
};

int main() {
  CrashLog log(40);
  for (int i = 0; i < 100; ++i)
    log << "event " << i << ';';
  const std::string tail = log.dump();
  std::cout << "last 40 bytes: " << tail << '\n';

  CrashLog small(1000);
  small << "short " << 3.5 << std::endl;
  std::cout << "small: " << small.dump();

  return (tail.size() == 40 && tail.ends_with("event 99;") &&
          small.dump() == "short 3.5\n")
             ? 0
             : 1;
}
