// Subclasses of standard library classes whose virtual functions the library
// itself calls back: exception, error_category, memory_resource, streambuf and
// a locale facet.
#include <iostream>
#include <locale>
#include <memory_resource>
#include <sstream>
#include <streambuf>
#include <string>
#include <system_error>
#include <vector>

static std::vector<std::string> calls;

struct AppError : std::exception {
  const char *what() const noexcept override {
    calls.push_back("AppError::what");
    return "app error";
  }
};

struct AppCategory : std::error_category {
  const char *name() const noexcept override { return "app"; }
  std::string message(int) const override {
    calls.push_back("AppCategory::message");
    return "app failure";
  }
};

struct CountingResource : std::pmr::memory_resource {
  std::size_t bytes = 0;
  void *do_allocate(std::size_t n, std::size_t a) override {
    bytes += n;
    return std::pmr::new_delete_resource()->allocate(n, a);
  }
  void do_deallocate(void *p, std::size_t n, std::size_t a) override {
    std::pmr::new_delete_resource()->deallocate(p, n, a);
  }
  bool do_is_equal(const std::pmr::memory_resource &o) const noexcept override {
    return this == &o;
  }
};

struct StarBuf : std::streambuf {
  std::string out;
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof()))
      out += (c == ' ' ? '*' : traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
};

struct YesNo : std::numpunct<char> {
  std::string do_truename() const override { return "yes"; }
  std::string do_falsename() const override { return "no"; }
};

int main() {
  // std::system_error's constructor calls our category's message() to build
  // what().
  static AppCategory cat;
  std::system_error se(std::error_code(3, cat), "loading");
  std::string seWhat = se.what();

  // Catching through the base class calls the override.
  std::string w;
  try {
    throw AppError();
  } catch (const std::exception &e) {
    w = e.what();
  }

  // pmr containers call do_allocate.
  CountingResource res;
  {
    std::pmr::vector<std::pmr::string> v(&res);
    for (int i = 0; i < 10; ++i)
      v.emplace_back("a string long enough to need the heap");
  }

  // ostream calls overflow; num_put calls the facet's truename via the locale.
  StarBuf sb;
  std::ostream os(&sb);
  os.imbue(std::locale(std::locale::classic(), new YesNo));
  os << "flag is " << std::boolalpha << true << " and " << false;

  std::cout << "system_error: " << seWhat << "\nwhat: " << w
            << "\npmr bytes: " << res.bytes << "\nstreambuf: " << sb.out
            << "\ncallbacks seen: " << calls.size() << std::endl;
  return (seWhat == "loading: app failure" && w == "app error" &&
          res.bytes > 10 * 30 && sb.out == "flag*is*yes*and*no" &&
          calls.size() == 2)
             ? 0
             : 1;
}
