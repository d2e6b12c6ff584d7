// Zero-copy parsing with std::string_view (trimming, splitting, prefix checks)
// and processing buffers through std::span views.
#include <cstdint>
#include <iostream>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <vector>

constexpr std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}
static_assert(trim("  hi \t") == "hi");

struct HeaderLine {
  std::string_view name, value;
};

std::vector<HeaderLine> parse_headers(std::string_view block) {
  std::vector<HeaderLine> out;
  while (!block.empty()) {
    auto nl = block.find('\n');
    std::string_view line = block.substr(0, nl);
    block = nl == std::string_view::npos ? std::string_view{}
                                         : block.substr(nl + 1);
    if (line.starts_with('#'))
      continue;
    auto colon = line.find(':');
    if (colon == std::string_view::npos)
      continue;
    out.push_back({trim(line.substr(0, colon)), trim(line.substr(colon + 1))});
  }
  return out;
}

std::uint32_t checksum(std::span<const std::uint8_t> data) {
  return std::accumulate(data.begin(), data.end(), std::uint32_t{0},
                         [](std::uint32_t acc, std::uint8_t b) {
                           return (acc << 1 | acc >> 31) ^ b;
                         });
}

void zero_fill(std::span<std::uint8_t> region) {
  for (auto &b : region)
    b = 0;
}

int main() {
  const std::string raw = "Content-Type: text/plain \r\n# comment: "
                          "ignored\nX-Trace:\tabc123\nbroken line\nEmpty:\n";
  auto headers = parse_headers(raw);
  for (const auto &h : headers)
    std::cout << '[' << h.name << "] = [" << h.value << "]\n";
  // The views point into `raw`; no copies were made.
  bool pointsIntoRaw = headers[0].name.data() == raw.data();

  std::vector<std::uint8_t> packet(64);
  std::iota(packet.begin(), packet.end(), std::uint8_t{1});
  std::span<const std::uint8_t> all(packet);
  auto header = all.first(8);
  auto payload = all.subspan(8, 48);
  auto trailer = all.last(8);
  std::uint32_t before = checksum(payload);
  zero_fill(std::span(packet).subspan(8, 48));
  std::uint32_t after = checksum(payload); // span sees the modification

  std::uint8_t fixed[4] = {9, 8, 7, 6};
  std::span<std::uint8_t, 4> fixedView(fixed);
  std::cout << "header bytes " << header.size() << ", trailer starts "
            << int(trailer[0]) << ", checksum " << before << " -> " << after
            << ", fixed extent " << fixedView.extent << std::endl;

  return (headers.size() == 3 && headers[0].value == "text/plain" &&
          headers[1].value == "abc123" && headers[2].value.empty() &&
          pointsIntoRaw && trailer[0] == 57 && before != 0 && after == 0)
             ? 0
             : 1;
}
