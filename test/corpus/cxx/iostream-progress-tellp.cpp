// A report writer that tracks how much it has written to standard output
// with tellp, and rewinds to patch a header when the output is a file, as
// exporters that print to stdout or to a redirected file do.
#include <iostream>
#include <sstream>
#include <string>

int main() {
  std::ostream &out = std::cout;
  std::streampos header = out.tellp(); // -1 on a pipe or terminal
  out << "rows: ????\n";

  int rows = 0;
  for (int i = 0; i < 50; ++i) {
    std::ostringstream row;
    row << "row " << i << ',' << i * i << '\n';
    out << row.str();
    ++rows;
  }

  if (header != std::streampos(-1)) {
    std::streampos end = out.tellp();
    out.seekp(header);
    out << "rows: " << rows;
    out.seekp(end);
  } else {
    out << "# " << rows << " rows (output not seekable)\n";
  }
  out.flush();
  return out ? 0 : 1;
}
