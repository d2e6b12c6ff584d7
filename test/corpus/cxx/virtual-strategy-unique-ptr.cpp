// The strategy pattern: an abstract compression strategy held by
// std::unique_ptr<Base>, swapped at run time and destroyed through the base.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

class Codec {
public:
  virtual ~Codec() = default;
  virtual std::string name() const = 0;
  virtual std::string encode(const std::string &in) const = 0;
  virtual std::string decode(const std::string &in) const = 0;
};

class Identity final : public Codec {
public:
  std::string name() const override { return "identity"; }
  std::string encode(const std::string &in) const override { return in; }
  std::string decode(const std::string &in) const override { return in; }
};

class RunLength final : public Codec {
public:
  std::string name() const override { return "rle"; }
  std::string encode(const std::string &in) const override {
    std::string out;
    for (std::size_t i = 0; i < in.size();) {
      std::size_t j = i;
      while (j < in.size() && in[j] == in[i] && j - i < 9)
        ++j;
      out += static_cast<char>('0' + (j - i));
      out += in[i];
      i = j;
    }
    return out;
  }
  std::string decode(const std::string &in) const override {
    std::string out;
    for (std::size_t i = 0; i + 1 < in.size(); i += 2)
      out.append(static_cast<std::size_t>(in[i] - '0'), in[i + 1]);
    return out;
  }
};

class Caesar final : public Codec {
public:
  explicit Caesar(int shift) : shift_(shift) {}
  std::string name() const override {
    return "caesar" + std::to_string(shift_);
  }
  std::string encode(const std::string &in) const override {
    return rotate(in, shift_);
  }
  std::string decode(const std::string &in) const override {
    return rotate(in, 26 - shift_);
  }

private:
  static std::string rotate(std::string s, int k) {
    for (char &c : s)
      if (c >= 'a' && c <= 'z')
        c = static_cast<char>('a' + (c - 'a' + k) % 26);
    return s;
  }
  int shift_;
};

class Archiver {
public:
  explicit Archiver(std::unique_ptr<Codec> c) : codec_(std::move(c)) {}
  void set_codec(std::unique_ptr<Codec> c) { codec_ = std::move(c); }
  std::string store(const std::string &data) const {
    return codec_->name() + ":" + codec_->encode(data);
  }
  std::string load(const std::string &blob) const {
    return codec_->decode(blob.substr(blob.find(':') + 1));
  }

private:
  std::unique_ptr<Codec> codec_;
};

int main() {
  const std::string data = "aaaabbbcccccccccccd hello";
  Archiver arch(std::make_unique<Identity>());
  std::vector<std::unique_ptr<Codec>> options;
  options.push_back(std::make_unique<RunLength>());
  options.push_back(std::make_unique<Caesar>(3));
  options.push_back(std::make_unique<Identity>());

  int ok = 0;
  for (auto &opt : options) {
    arch.set_codec(std::move(opt));
    std::string blob = arch.store(data);
    bool round = arch.load(blob) == data;
    ok += round;
    std::cout << blob << (round ? "  [round trip ok]" : "  [BROKEN]") << '\n';
  }
  std::cout << ok << "/3 codecs ok" << std::endl;
  return ok == 3 ? 0 : 1;
}
