// Heavy std::map / std::unordered_map use in an inverted index: try_emplace,
// structured bindings, lower_bound prefix search and erase_if.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

class InvertedIndex {
public:
  void add_document(int id, const std::string &text) {
    std::istringstream in(text);
    for (std::string w; in >> w;) {
      std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
      });
      std::erase_if(w, [](char c) {
        return !std::isalnum(static_cast<unsigned char>(c));
      });
      if (w.empty())
        continue;
      auto [it, inserted] = postings_.try_emplace(w);
      it->second.insert(id);
      ++termFreq_[w];
    }
    docs_[id] = text;
  }

  std::set<int> search(const std::string &term) const {
    auto it = postings_.find(term);
    return it == postings_.end() ? std::set<int>{} : it->second;
  }

  // Ordered map makes prefix search a range scan.
  std::vector<std::string> complete(const std::string &prefix) const {
    std::vector<std::string> out;
    for (auto it = postings_.lower_bound(prefix);
         it != postings_.end() && it->first.starts_with(prefix); ++it)
      out.push_back(it->first);
    return out;
  }

  std::size_t drop_rare(int minFreq) {
    std::size_t n = std::erase_if(
        termFreq_, [minFreq](const auto &kv) { return kv.second < minFreq; });
    std::erase_if(postings_, [this](const auto &kv) {
      return !termFreq_.contains(kv.first);
    });
    return n;
  }
  std::size_t terms() const { return postings_.size(); }

private:
  std::map<std::string, std::set<int>> postings_;
  std::unordered_map<std::string, int> termFreq_;
  std::unordered_map<int, std::string> docs_;
};

int main() {
  InvertedIndex idx;
  idx.add_document(1, "The quick brown fox.");
  idx.add_document(2, "Quick thinking, quicker action!");
  idx.add_document(3, "A brown bear and a brown dog.");
  idx.add_document(4, "Fox news: the fox is quick.");

  auto quick = idx.search("quick");
  auto brown = idx.search("brown");
  auto comp = idx.complete("qu");
  std::cout << "quick in " << quick.size() << " docs, brown in " << brown.size()
            << " docs, completions:";
  for (const auto &c : comp)
    std::cout << ' ' << c;
  std::cout << '\n';

  std::size_t before = idx.terms();
  std::size_t dropped = idx.drop_rare(2);
  std::cout << "terms " << before << " -> " << idx.terms() << " (dropped "
            << dropped << ")" << std::endl;

  return (quick == std::set<int>{1, 2, 4} && brown == std::set<int>{1, 3} &&
          comp == std::vector<std::string>{"quick", "quicker"} &&
          idx.terms() == before - dropped && idx.search("fox").size() == 2 &&
          idx.search("bear").empty())
             ? 0
             : 1;
}
