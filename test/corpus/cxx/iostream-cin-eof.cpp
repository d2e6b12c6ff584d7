// Reading numbers from std::cin until end-of-file and handling an empty input
// stream gracefully.
#include <iostream>
#include <limits>
#include <vector>

struct Stats {
  long count = 0;
  double sum = 0;
  double min = std::numeric_limits<double>::max();
  double max = std::numeric_limits<double>::lowest();

  void add(double v) {
    ++count;
    sum += v;
    if (v < min)
      min = v;
    if (v > max)
      max = v;
  }
};

template <class Stream> Stats collect(Stream &in) {
  Stats s;
  double v;
  while (true) {
    if (in >> v) {
      s.add(v);
    } else if (in.eof()) {
      break;
    } else {
      in.clear();
      in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
    }
  }
  return s;
}

int main() {
  Stats s = collect(std::cin);
  if (s.count == 0) {
    std::cout << "no input values" << std::endl;
  } else {
    std::cout << "n=" << s.count << " mean=" << s.sum / s.count << '\n';
  }
  bool ok = std::cin.eof() && std::cin.fail();
  std::cout << "eof=" << std::cin.eof() << " fail=" << std::cin.fail()
            << std::endl;
  return ok ? 0 : 1;
}
