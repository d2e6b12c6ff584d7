// Ranking a leaderboard with std::sort, std::stable_sort (keeping insertion
// order on ties) and std::partial_sort for a top-N, using comparators.
#include <algorithm>
#include <iostream>
#include <string>
#include <tuple>
#include <vector>

struct Score {
  std::string player;
  int points;
  int seconds;
  int order; // submission order
};

void print(const char *title, const std::vector<Score> &v, std::size_t n) {
  std::cout << title << ':';
  for (std::size_t i = 0; i < n && i < v.size(); ++i)
    std::cout << ' ' << v[i].player << '(' << v[i].points << ')';
  std::cout << '\n';
}

int main() {
  std::vector<Score> scores;
  const char *names[] = {"kai", "ava", "zed", "mia", "bo", "lux", "ivy", "rex"};
  const int pts[] = {50, 80, 50, 95, 80, 20, 95, 50};
  const int secs[] = {30, 45, 25, 60, 40, 10, 70, 30};
  for (int i = 0; i < 8; ++i)
    scores.push_back({names[i], pts[i], secs[i], i});

  // Full sort: points desc, then faster time, then name.
  auto bySkill = scores;
  std::sort(bySkill.begin(), bySkill.end(), [](const Score &a, const Score &b) {
    return std::tie(b.points, a.seconds, a.player) <
           std::tie(a.points, b.seconds, b.player);
  });
  print("sort", bySkill, 8);

  // Stable sort by points only: ties stay in submission order.
  auto stable = scores;
  std::stable_sort(
      stable.begin(), stable.end(),
      [](const Score &a, const Score &b) { return a.points > b.points; });
  print("stable_sort", stable, 8);

  // Only the top 3 need ordering.
  auto top = scores;
  std::partial_sort(top.begin(), top.begin() + 3, top.end(),
                    [](const Score &a, const Score &b) {
                      return a.points > b.points ||
                             (a.points == b.points && a.seconds < b.seconds);
                    });
  print("partial_sort top3", top, 3);

  // nth_element for the median points.
  auto med = scores;
  std::nth_element(
      med.begin(), med.begin() + 4, med.end(),
      [](const Score &a, const Score &b) { return a.points < b.points; });

  bool ok = bySkill[0].player == "mia" && bySkill[2].player == "bo" &&
            bySkill[4].player == "zed" && stable[0].player == "mia" &&
            stable[1].player == "ivy" && stable[4].player == "kai" &&
            stable[5].player == "zed" && top[0].player == "mia" &&
            top[2].player == "bo" && med[4].points == 80 &&
            std::is_sorted(stable.begin(), stable.end(), [](auto &a, auto &b) {
              return a.points > b.points;
            });
  std::cout << "median points " << med[4].points
            << (ok ? "\nall orders ok" : "\nwrong order") << std::endl;
  return ok ? 0 : 1;
}
