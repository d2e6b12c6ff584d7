#pragma once

#include "policy/core/Diagnostic.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// A word of a model line and the 1-based column where it starts.
struct ModelWord {
  std::string Text;
  unsigned Column = 0;
};

/// One `KEY...: VALUE...  # comment` line of a model file.
struct ModelLine {
  unsigned Line = 0;
  std::vector<ModelWord> Keys;
  std::vector<ModelWord> Values;
};

/// A model file: its `model NAME` line, its other keyword lines (`checked
/// LIBRARY VERSION...`, `derive @BASELINE FROM...`: Keys holds the keyword,
/// Values the words after it) and its entries.
struct ModelText {
  std::string Name;
  std::vector<ModelLine> Directives;
  std::vector<ModelLine> Lines;
};

/// Prints \p Diags to stderr in clang's format (see parseEmbeddedModel).
void reportEmbeddedModelErrors(const Diagnostics &Diags);

/// Splits the line-oriented text shared by sysprune's model files: blank
/// lines and `#` comments are skipped, `model NAME` names the model, a line
/// that starts with `checked` or `derive` is a directive, every other line
/// is `KEY...: VALUE...`. On a malformed line returns nullopt and
/// adds an error with file, line and column to \p Diags.
std::optional<ModelText> parseModelText(const std::string &Text,
                                        const std::string &File,
                                        Diagnostics &Diags);

/// Parses a model embedded in the binary with \p Parse (a T::parse). An
/// embedded model is validated by the unit tests, so a broken one is a build
/// defect, not a user error: its diagnostics go to stderr and the process
/// aborts.
template <typename T, typename ParseFn>
T parseEmbeddedModel(ParseFn Parse, const char *Text, const char *File) {
  Diagnostics Diags;
  std::optional<T> Parsed = Parse(Text, File, Diags);
  if (!Parsed) {
    reportEmbeddedModelErrors(Diags);
    std::abort();
  }
  return std::move(*Parsed);
}

} // namespace sysprune::policy
