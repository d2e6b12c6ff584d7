// Passing captureless lambdas to C APIs as function pointers:
// std::qsort/std::bsearch comparators and std::atexit handlers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

struct Employee {
  char name[16];
  int salary;
};

static int g_exitFlag = 0;

int main() {
  Employee staff[] = {{"mallory", 52000},
                      {"alice", 87000},
                      {"bob", 61000},
                      {"eve", 61000},
                      {"trent", 99000}};
  const std::size_t n = sizeof staff / sizeof staff[0];

  // Sort by salary descending, then name; the lambda converts to int(*)(const
  // void*, const void*).
  std::qsort(staff, n, sizeof(Employee),
             [](const void *a, const void *b) -> int {
               const auto *x = static_cast<const Employee *>(a);
               const auto *y = static_cast<const Employee *>(b);
               if (x->salary != y->salary)
                 return x->salary < y->salary ? 1 : -1;
               return std::strcmp(x->name, y->name);
             });
  for (const auto &e : staff)
    std::cout << e.name << ' ' << e.salary << '\n';

  int keys[] = {42, 7, 19, 3, 88, 61};
  auto cmpInt = +[](const void *a, const void *b) -> int {
    int x = *static_cast<const int *>(a), y = *static_cast<const int *>(b);
    return (x > y) - (x < y);
  };
  std::qsort(keys, 6, sizeof(int), cmpInt);
  int needle = 61;
  const int *hit = static_cast<const int *>(
      std::bsearch(&needle, keys, 6, sizeof(int), cmpInt));
  needle = 5;
  const int *miss = static_cast<const int *>(
      std::bsearch(&needle, keys, 6, sizeof(int), cmpInt));

  // atexit handlers run in reverse registration order after main returns.
  std::atexit([] {
    std::printf("atexit: first registered, runs last (flag=%d)\n",
                g_exitFlag++);
  });
  std::atexit([] {});
  if (std::atexit([] { std::fflush(stdout); }) != 0)
    return 1;
  g_exitFlag = 1;

  std::cout << "found 61 at index " << (hit ? hit - keys : -1) << ", 5 "
            << (miss ? "found" : "absent") << std::endl;
  return (std::strcmp(staff[0].name, "trent") == 0 &&
          std::strcmp(staff[2].name, "bob") == 0 && hit && hit - keys == 4 &&
          !miss)
             ? 0
             : 1;
}
