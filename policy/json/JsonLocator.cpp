#include "policy/json/JsonLocator.h"

#include <cctype>
#include <set>

namespace sysprune::policy {

namespace {
using nlohmann::json;

/// The start of the token that ends at \p End: a string, a number or a
/// literal; anything else is one character long.
size_t tokenStart(std::string_view Text, size_t End) {
  if (End >= Text.size())
    return Text.size();
  auto IsWordChar = [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '.' ||
           C == '+' || C == '-';
  };
  if (Text[End] == '"') {
    for (size_t I = End; I-- > 0;)
      if (Text[I] == '"' && (I == 0 || Text[I - 1] != '\\'))
        return I;
    return End;
  }
  size_t Start = End;
  while (Start > 0 && IsWordChar(Text[Start - 1]) && IsWordChar(Text[End]))
    --Start;
  return Start;
}

/// How deep values may nest: JsonLocator walks the text recursively, and a
/// policy needs 8 levels (/sysprune/syscalls/NAME/arguments/0/rule/0).
constexpr unsigned MaxDepth = 100;

/// The offset of the bracket that opens a value deeper than MaxDepth in
/// \p Text, which is valid JSON.
std::optional<size_t> tooDeep(std::string_view Text) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxDepth)
        return I;
    } else if (C == ']' || C == '}') {
      --Depth;
    }
  }
  return std::nullopt;
}

/// Where and why nlohmann stopped. It passes the position of an error only
/// to a SAX handler: a number too large for a double (out_of_range.406) is
/// no parse_error and has no byte offset.
class ErrorFinder : public nlohmann::json_sax<json> {
public:
  size_t Byte = 0;
  int Id = 0;
  std::string What;
  std::string Token;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t &) override { return true; }
  bool string(string_t &) override { return true; }
  bool binary(binary_t &) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t &) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t Position, const std::string &LastToken,
                   const nlohmann::detail::exception &E) override {
    Byte = Position;
    Id = E.id;
    What = E.what();
    Token = LastToken;
    return false;
  }
};
} // namespace

std::optional<Diagnostic> parseLocated(std::string_view Text,
                                       const std::string &File, json &Out) {
  Out = json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (!Out.is_discarded()) {
    std::optional<size_t> Deep = tooDeep(Text);
    if (!Deep)
      return std::nullopt;
    Out = nullptr;
    return Diagnostic{Severity::Error, locationOfOffset(File, Text, *Deep),
                      "value nested more than " + std::to_string(MaxDepth) +
                          " levels deep; expected at most " +
                          std::to_string(MaxDepth) + " (a policy needs 8)",
                      ""};
  }
  ErrorFinder Finder;
  json::sax_parse(Text, &Finder);
  // The position is that of the last byte read, the end of the offending
  // token; point at the token's start instead.
  size_t Start = tokenStart(Text, Finder.Byte == 0 ? 0 : Finder.Byte - 1);
  std::string Message;
  if (Finder.Id == 406) {
    Message = "number " + Finder.Token +
              " is out of range; expected a non-negative integer of at most " +
              std::to_string(UINT64_MAX);
  } else {
    // "[json.exception.parse_error.101] parse error at line 1, column 2: msg"
    // -> "msg"; the position is reported separately.
    size_t Colon = Finder.What.find(": ");
    Message = "invalid JSON: " + (Colon == std::string::npos
                                      ? Finder.What
                                      : Finder.What.substr(Colon + 2));
  }
  return Diagnostic{Severity::Error, locationOfOffset(File, Text, Start),
                    std::move(Message), ""};
}

std::string escapePointerSegment(std::string_view Key) {
  std::string Out;
  for (char C : Key) {
    if (C == '~')
      Out += "~0";
    else if (C == '/')
      Out += "~1";
    else
      Out += C;
  }
  return Out;
}

JsonLocator::JsonLocator(std::string File, std::string_view Text)
    : File(std::move(File)), Text(Text) {
  skipValue(skipSpace(0), "");
}

size_t JsonLocator::skipSpace(size_t Pos) const {
  while (Pos < Text.size() && (Text[Pos] == ' ' || Text[Pos] == '\t' ||
                               Text[Pos] == '\n' || Text[Pos] == '\r'))
    ++Pos;
  return Pos;
}

size_t JsonLocator::skipString(size_t Pos) const {
  // Pos is at the opening quote; returns the position after the closing one.
  for (++Pos; Pos < Text.size() && Text[Pos] != '"'; ++Pos)
    if (Text[Pos] == '\\')
      ++Pos;
  return Pos + 1;
}

size_t JsonLocator::skipValue(size_t Pos, const std::string &Pointer) {
  Offsets[Pointer] = Pos;
  if (Pos >= Text.size())
    return Pos;
  char C = Text[Pos];
  if (C == '"')
    return skipString(Pos);
  if (C == '{' || C == '[') {
    bool IsObject = C == '{';
    char Close = IsObject ? '}' : ']';
    size_t Index = 0;
    std::set<std::string> Keys;
    Pos = skipSpace(Pos + 1);
    while (Pos < Text.size() && Text[Pos] != Close) {
      std::string Child;
      if (IsObject) {
        size_t KeyEnd = skipString(Pos);
        // The key is valid JSON, so nlohmann can decode its escapes.
        std::string Key = nlohmann::json::parse(Text.substr(Pos, KeyEnd - Pos))
                              .get<std::string>();
        Child = Pointer + "/" + escapePointerSegment(Key);
        if (!Keys.insert(Key).second)
          Repeated.push_back({Child, Key, Offsets[Child]});
        Pos = skipSpace(skipSpace(KeyEnd) + 1); // past ':'
      } else {
        Child = Pointer + "/" + std::to_string(Index++);
      }
      Pos = skipSpace(skipValue(Pos, Child));
      if (Pos < Text.size() && Text[Pos] == ',')
        Pos = skipSpace(Pos + 1);
    }
    return Pos + 1;
  }
  // A number or a literal: runs until a delimiter.
  while (Pos < Text.size() && Text[Pos] != ',' && Text[Pos] != '}' &&
         Text[Pos] != ']' && Text[Pos] != ' ' && Text[Pos] != '\n' &&
         Text[Pos] != '\t' && Text[Pos] != '\r')
    ++Pos;
  return Pos;
}

SourceLocation JsonLocator::locate(const std::string &Pointer) const {
  std::string P = Pointer;
  while (true) {
    if (auto It = Offsets.find(P); It != Offsets.end())
      return locateOffset(It->second);
    size_t Slash = P.rfind('/');
    if (Slash == std::string::npos)
      return locateOffset(0);
    P.resize(Slash);
  }
}

SourceLocation JsonLocator::locateOffset(size_t Offset) const {
  return locationOfOffset(File, Text, Offset);
}

SourceLocation locationOfOffset(const std::string &File, std::string_view Text,
                                size_t Offset) {
  SourceLocation Loc{File, 1, 1};
  for (size_t I = 0; I < Offset && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++Loc.Line;
      Loc.Column = 1;
    } else {
      ++Loc.Column;
    }
  }
  return Loc;
}

} // namespace sysprune::policy
