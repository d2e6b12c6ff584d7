// Write a report through a command with popen("w"), wrapped in a
// unique_ptr whose deleter is pclose, as C++ code holds C resources.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

int main() {
  struct Closer {
    void operator()(FILE *Pipe) const { pclose(Pipe); }
  };
  std::unique_ptr<FILE, Closer> Pipe(popen("sort -r | tr a-z A-Z", "w"));
  if (!Pipe) {
    std::perror("popen");
    return 1;
  }
  const std::vector<std::string> Words = {"delta", "alpha", "charlie"};
  for (const std::string &Word : Words)
    std::fprintf(Pipe.get(), "%s\n", Word.c_str());
  int Status = pclose(Pipe.release());
  return Status == 0 ? 0 : 1;
}
