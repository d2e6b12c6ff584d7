// Runs a computation eagerly on a new thread with
// std::async(std::launch::async, ...) and collects the result with future::get.
#include <future>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

static std::size_t count_vowels(const std::string &text) {
  std::size_t n = 0;
  for (char c : text)
    if (std::string("aeiouAEIOU").find(c) != std::string::npos)
      ++n;
  return n;
}

int main() {
  std::string doc;
  for (int i = 0; i < 200; ++i)
    doc += "The quick brown fox jumps over the lazy dog. ";

  auto caller = std::this_thread::get_id();
  std::future<std::thread::id> where =
      std::async(std::launch::async, [] { return std::this_thread::get_id(); });
  std::future<std::size_t> vowels =
      std::async(std::launch::async, count_vowels, std::cref(doc));

  std::size_t v = vowels.get();
  bool other_thread = where.get() != caller;
  std::cout << "vowels=" << v << " ran on other thread=" << std::boolalpha
            << other_thread << '\n';
  return (v == 200 * 11 && other_thread) ? 0 : 1;
}
