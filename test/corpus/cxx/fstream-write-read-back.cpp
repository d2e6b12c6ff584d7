// The classic round trip: write records with std::ofstream, close, then read
// them back with std::ifstream and compare.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir()
      : path(fs::temp_directory_path() /
             ("fstream-rt-" + std::to_string(::getpid()))) {
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

struct Person {
  std::string name;
  int age;
};

int main() {
  TempDir tmp;
  const fs::path file = tmp.path / "people.txt";
  const std::vector<Person> people{{"ada", 36}, {"grace", 85}, {"linus", 54}};

  {
    std::ofstream out(file);
    if (!out) {
      std::cerr << "cannot open " << file << " for writing\n";
      return 1;
    }
    for (const auto &p : people)
      out << p.name << ' ' << p.age << '\n';
  } // closed here

  std::ifstream in(file);
  if (!in.is_open()) {
    std::cerr << "cannot open " << file << " for reading\n";
    return 1;
  }
  std::vector<Person> loaded;
  Person p;
  while (in >> p.name >> p.age)
    loaded.push_back(p);

  std::cout << "read " << loaded.size() << " records from " << file.filename()
            << '\n';
  if (loaded.size() != people.size())
    return 1;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (loaded[i].name != people[i].name || loaded[i].age != people[i].age)
      return 1;
  }
  std::cout << "round trip ok" << std::endl;
  return 0;
}
