// Building error and log messages with std::ostringstream inside a small
// variadic helper, then throwing or printing them.
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

template <class... Args> std::string concat(const Args &...args) {
  std::ostringstream os;
  (os << ... << args);
  return os.str();
}

class Matrix {
public:
  Matrix(std::size_t r, std::size_t c) : rows_(r), cols_(c), data_(r * c) {}

  double &at(std::size_t r, std::size_t c) {
    if (r >= rows_ || c >= cols_)
      throw std::out_of_range(
          concat("Matrix::at(", r, ", ", c, ") outside ", rows_, "x", cols_));
    return data_[r * cols_ + c];
  }

  std::string to_string() const {
    std::ostringstream os;
    os.precision(3);
    for (std::size_t r = 0; r < rows_; ++r) {
      os << (r == 0 ? "[" : " ");
      for (std::size_t c = 0; c < cols_; ++c)
        os << (c ? ", " : "") << data_[r * cols_ + c];
      os << (r + 1 == rows_ ? "]" : "\n");
    }
    return os.str();
  }

private:
  std::size_t rows_, cols_;
  std::vector<double> data_;
};

int main() {
  Matrix m(2, 3);
  for (std::size_t i = 0; i < 2; ++i)
    for (std::size_t j = 0; j < 3; ++j)
      m.at(i, j) = static_cast<double>(i * 3 + j) / 3.0;
  std::cout << m.to_string() << '\n';

  std::string msg;
  try {
    m.at(5, 1) = 1;
  } catch (const std::out_of_range &e) {
    msg = e.what();
    std::cout << "caught: " << msg << '\n';
  }
  std::string expected = "Matrix::at(5, 1) outside 2x3";
  return (msg == expected && m.to_string().find("0.333") != std::string::npos)
             ? 0
             : 1;
}
