// Normalising user-supplied paths with canonical, weakly_canonical, absolute,
// relative, proximate and lexically_normal.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

// Rejects paths that escape the sandbox root after resolving ".." and symlinks.
bool inside_root(const fs::path &root, const fs::path &userPath) {
  const fs::path resolved = fs::weakly_canonical(root / userPath);
  const fs::path rel = resolved.lexically_relative(root);
  return !rel.empty() && *rel.begin() != "..";
}

int main() {
  const fs::path tmp = fs::canonical(fs::temp_directory_path());
  const fs::path root = tmp / ("canon-" + std::to_string(::getpid()));
  fs::create_directories(root / "www/static/css");
  fs::create_directories(root / "data");
  std::ofstream(root / "www/static/css/site.css") << "body{}";
  fs::create_directory_symlink("../data", root / "www/data-link");

  const fs::path c =
      fs::canonical(root / "www/./static/../static/css/site.css");
  const fs::path viaLink = fs::canonical(root / "www/data-link");
  const fs::path weak =
      fs::weakly_canonical(root / "www/static/new/dir/../file.txt");
  const fs::path rel = fs::relative(root / "www/static/css", root / "data");
  const fs::path prox = fs::proximate("/a/b/c", "/x/y");
  const fs::path norm = fs::path("a/./b/../c//d/").lexically_normal();
  const fs::path abs = fs::absolute("some/relative");

  std::cout << "canonical:        " << c.lexically_relative(root) << '\n'
            << "through symlink:  " << viaLink.lexically_relative(root) << '\n'
            << "weakly_canonical: " << weak.lexically_relative(root) << '\n'
            << "relative:         " << rel << '\n'
            << "proximate:        " << prox << '\n'
            << "lexically_normal: " << norm << '\n'
            << "absolute is_absolute: " << abs.is_absolute() << '\n';

  bool sandbox1 = inside_root(root / "www", "static/css/site.css");
  bool sandbox2 = inside_root(root / "www", "../data/secret");
  bool sandbox3 = inside_root(root / "www", "static/../../www/x");
  std::cout << "sandbox: " << sandbox1 << sandbox2 << sandbox3 << '\n';

  std::error_code ec;
  (void)fs::canonical(root / "missing/file", ec);
  std::cout << "canonical(missing): " << ec.message() << std::endl;

  fs::remove_all(root);
  return (c == root / "www/static/css/site.css" && viaLink == root / "data" &&
          weak == root / "www/static/new/file.txt" &&
          rel == "../www/static/css" && prox == "../../a/b/c" &&
          norm == "a/c/d/" && abs.is_absolute() && sandbox1 && !sandbox2 &&
          sandbox3 && ec)
             ? 0
             : 1;
}
