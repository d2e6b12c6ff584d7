// A filtering streambuf that counts lines/bytes and upper-cases text before
// forwarding to an underlying streambuf.
#include <cctype>
#include <iostream>
#include <sstream>
#include <streambuf>
#include <string>

class FilterBuf : public std::streambuf {
public:
  explicit FilterBuf(std::streambuf *sink) : sink_(sink) {}
  std::size_t bytes() const { return bytes_; }
  std::size_t lines() const { return lines_; }

protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof()))
      return traits_type::not_eof(ch);
    char c = traits_type::to_char_type(ch);
    ++bytes_;
    if (c == '\n')
      ++lines_;
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return sink_->sputc(c);
  }
  int sync() override { return sink_->pubsync(); }

private:
  std::streambuf *sink_;
  std::size_t bytes_ = 0;
  std::size_t lines_ = 0;
};

// RAII helper: temporarily wraps an ostream's buffer in a filter.
class ScopedFilter {
public:
  explicit ScopedFilter(std::ostream &os) : os_(os), filter_(os.rdbuf()) {
    old_ = os_.rdbuf(&filter_);
  }
  ~ScopedFilter() { os_.rdbuf(old_); }
  const FilterBuf &stats() const { return filter_; }

private:
  std::ostream &os_;
  FilterBuf filter_;
  std::streambuf *old_;
};

int main() {
  std::ostringstream sink;
  std::size_t bytes = 0, lines = 0;
  {
    ScopedFilter f(sink);
    sink << "hello world\n"
         << "value=" << 42 << '\n'
         << "bye\n";
    bytes = f.stats().bytes();
    lines = f.stats().lines();
  }
  sink << "after\n"; // original buffer restored: not upper-cased

  std::cout << sink.str();
  std::cout << bytes << " bytes, " << lines << " lines filtered" << std::endl;

  {
    ScopedFilter f(std::cout);
    std::cout << "this line goes through the filter\n";
  }
  return (sink.str() == "HELLO WORLD\nVALUE=42\nBYE\nafter\n" && bytes == 25 &&
          lines == 3)
             ? 0
             : 1;
}
