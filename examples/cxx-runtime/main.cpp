// cxx-runtime: exercises the parts of the C++ standard library whose
// syscalls come from libstdc++ rather than from the program's own code:
// threads, mutexes and condition variables, iostreams, std::filesystem,
// std::random_device, strings and containers. Hardened, it shows that the
// scan's model of libstdc++ covers what they do.
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

int main() {
  std::mutex Lock;
  std::condition_variable Ready;
  bool Done = false;
  std::vector<std::string> Log;
  std::thread Worker([&] {
    std::lock_guard<std::mutex> Guard(Lock);
    Log.push_back("worker ran");
    Done = true;
    Ready.notify_one();
  });
  {
    std::unique_lock<std::mutex> Wait(Lock);
    Ready.wait(Wait, [&] { return Done; });
  }
  Worker.join();

  fs::path Dir =
      fs::temp_directory_path() / ("cxx-runtime." + std::to_string(::getpid()));
  fs::create_directories(Dir / "sub");
  {
    std::ofstream Out(Dir / "sub" / "file.txt");
    Out << "hello\n";
  }
  std::ifstream In(Dir / "sub" / "file.txt");
  std::string Line;
  std::getline(In, Line);
  size_t Entries = 0;
  for (const auto &Entry : fs::recursive_directory_iterator(Dir))
    Entries += Entry.is_regular_file() ? 1 : 0;
  auto Size = fs::file_size(Dir / "sub" / "file.txt");
  fs::remove_all(Dir);

  std::random_device Random;
  unsigned Dice = Random() % 6 + 1;

  std::cout << Log.front() << "; read '" << Line << "' (" << Size << " bytes, "
            << Entries << " file); dice " << (Dice > 0 ? "ok" : "?")
            << std::endl;
  std::cout << "cxx-runtime: done" << std::endl;
  return 0;
}
