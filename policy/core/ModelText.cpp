#include "policy/core/ModelText.h"

#include <llvm/ADT/StringRef.h>

#include <cstdio>

namespace sysprune::policy {

namespace {
std::vector<ModelWord> words(llvm::StringRef Text, size_t Base) {
  std::vector<ModelWord> Out;
  size_t Pos = 0;
  while (true) {
    Pos = Text.find_first_not_of(" \t", Pos);
    if (Pos == llvm::StringRef::npos)
      break;
    size_t End = Text.find_first_of(" \t", Pos);
    if (End == llvm::StringRef::npos)
      End = Text.size();
    Out.push_back(
        {Text.slice(Pos, End).str(), static_cast<unsigned>(Base + Pos + 1)});
    Pos = End;
  }
  return Out;
}
} // namespace

void reportEmbeddedModelErrors(const Diagnostics &Diags) {
  for (const Diagnostic &D : Diags)
    std::fprintf(stderr, "%s:%u:%u: error: %s\n", D.Where.File.c_str(),
                 D.Where.Line, D.Where.Column, D.Message.c_str());
}

std::optional<ModelText> parseModelText(const std::string &Text,
                                        const std::string &File,
                                        Diagnostics &Diags) {
  ModelText Model;
  llvm::StringRef Rest(Text);
  for (unsigned LineNo = 1; !Rest.empty(); ++LineNo) {
    auto [Line, Tail] = Rest.split('\n');
    Rest = Tail;
    // '#' starts a comment at the start of a line or after a blank; inside
    // a word it is part of it (an argument map's #CONSTANT).
    size_t Hash = 0;
    while ((Hash = Line.find('#', Hash)) != llvm::StringRef::npos &&
           Hash != 0 && Line[Hash - 1] != ' ' && Line[Hash - 1] != '\t')
      ++Hash;
    llvm::StringRef Content = Line.take_front(Hash);
    if (Content.trim().empty())
      continue;
    if (Content.trim().starts_with("model ")) {
      Model.Name = Content.trim().drop_front(6).trim().str();
      continue;
    }
    if (std::vector<ModelWord> Words = words(Content, 0);
        Words.front().Text == "checked" || Words.front().Text == "derive") {
      ModelLine Directive{LineNo, {Words.front()}, {}};
      Directive.Values.assign(Words.begin() + 1, Words.end());
      Model.Directives.push_back(std::move(Directive));
      continue;
    }
    // The separator is a ':' followed by a blank (or the end): names such
    // as std::thread contain colons of their own.
    size_t Colon = 0;
    while ((Colon = Content.find(':', Colon)) != llvm::StringRef::npos &&
           Colon + 1 < Content.size() && Content[Colon + 1] != ' ' &&
           Content[Colon + 1] != '\t')
      ++Colon;
    unsigned FirstColumn =
        static_cast<unsigned>(Content.find_first_not_of(" \t") + 1);
    if (Colon == llvm::StringRef::npos) {
      Diags.push_back({Severity::Error,
                       {File, LineNo, FirstColumn},
                       "expected 'NAME...: VALUE...' or 'model NAME'",
                       ""});
      return std::nullopt;
    }
    ModelLine Entry{LineNo, words(Content.take_front(Colon), 0),
                    words(Content.drop_front(Colon + 1), Colon + 1)};
    if (Entry.Keys.empty()) {
      Diags.push_back({Severity::Error,
                       {File, LineNo, FirstColumn},
                       "expected a name before ':'",
                       ""});
      return std::nullopt;
    }
    Model.Lines.push_back(std::move(Entry));
  }
  return Model;
}

} // namespace sysprune::policy
