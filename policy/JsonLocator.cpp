#include "policy/JsonLocator.h"

#include <nlohmann/json.hpp>

namespace sysprune::policy {

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
  Offsets.emplace(Pointer, Pos);
  if (Pos >= Text.size())
    return Pos;
  char C = Text[Pos];
  if (C == '"')
    return skipString(Pos);
  if (C == '{' || C == '[') {
    bool IsObject = C == '{';
    char Close = IsObject ? '}' : ']';
    size_t Index = 0;
    Pos = skipSpace(Pos + 1);
    while (Pos < Text.size() && Text[Pos] != Close) {
      std::string Child;
      if (IsObject) {
        size_t KeyEnd = skipString(Pos);
        // The key is valid JSON, so nlohmann can decode its escapes.
        std::string Key = nlohmann::json::parse(Text.substr(Pos, KeyEnd - Pos))
                              .get<std::string>();
        Child = Pointer + "/" + escapePointerSegment(Key);
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
