// Shuffling a deck with std::shuffle and drawing a random subset with
// std::sample, using an engine seeded once per program.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

struct Card {
  int rank;
  char suit;
  bool operator<(const Card &o) const {
    return rank != o.rank ? rank < o.rank : suit < o.suit;
  }
  bool operator==(const Card &o) const = default;
};

class Deck {
public:
  Deck() {
    for (char s : {'S', 'H', 'D', 'C'})
      for (int r = 1; r <= 13; ++r)
        cards_.push_back({r, s});
  }
  template <class Engine> void shuffle(Engine &e) {
    std::shuffle(cards_.begin(), cards_.end(), e);
  }
  std::vector<Card> deal(std::size_t n) {
    std::vector<Card> hand(cards_.end() - static_cast<long>(n), cards_.end());
    cards_.resize(cards_.size() - n);
    return hand;
  }
  std::size_t size() const { return cards_.size(); }
  const std::vector<Card> &cards() const { return cards_; }

private:
  std::vector<Card> cards_;
};

int main() {
  std::random_device rd;
  std::mt19937 engine(rd());

  Deck deck;
  const auto original = deck.cards();
  deck.shuffle(engine);
  auto sorted = deck.cards();
  std::sort(sorted.begin(), sorted.end());
  auto orig_sorted = original;
  std::sort(orig_sorted.begin(), orig_sorted.end());
  bool permutation = sorted == orig_sorted;

  auto hand = deck.deal(5);
  std::cout << "hand:";
  for (const auto &c : hand)
    std::cout << ' ' << c.rank << c.suit;
  std::cout << "\nremaining " << deck.size() << '\n';

  // Sample 3 distinct winners, preserving input order.
  const std::vector<std::string> entrants{"ann", "ben", "cat", "dan",
                                          "eve", "fay", "gus"};
  std::vector<std::string> winners;
  std::sample(entrants.begin(), entrants.end(), std::back_inserter(winners), 3,
              engine);
  std::cout << "winners:";
  for (const auto &w : winners)
    std::cout << ' ' << w;
  std::cout << std::endl;

  std::set<std::string> unique(winners.begin(), winners.end());
  bool ordered = std::is_sorted(winners.begin(),
                                winners.end()); // entrants are alphabetical
  return (permutation && hand.size() == 5 && deck.size() == 47 &&
          unique.size() == 3 && ordered)
             ? 0
             : 1;
}
