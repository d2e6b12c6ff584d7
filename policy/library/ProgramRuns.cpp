#include "policy/library/ProgramRuns.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace sysprune::policy {

std::optional<std::string> programRunBy(const std::string &Function) {
  // glibc's _PATH_BSHELL.
  if (Function == "system" || Function == "popen" || Function == "wordexp")
    return std::string("/bin/sh");
  return std::nullopt;
}

const std::vector<std::string> &programRunningSyscalls() {
  static const std::vector<std::string> Syscalls = {"execve", "execveat"};
  return Syscalls;
}

bool runsAProgram(const std::string &Syscall) {
  const std::vector<std::string> &All = programRunningSyscalls();
  return std::find(All.begin(), All.end(), Syscall) != All.end();
}

bool loadsLibraries(const std::string &Function) {
  return Function == "dlopen" || Function == "dlmopen";
}

std::optional<ProgramArgument> programArgumentOf(const std::string &Function) {
  if (Function == "execv" || Function == "execve" || Function == "execl" ||
      Function == "execle")
    return ProgramArgument{0, false, false};
  if (Function == "execvp" || Function == "execvpe" || Function == "execlp")
    return ProgramArgument{0, true, false};
  if (Function == "posix_spawn")
    return ProgramArgument{1, false, false};
  if (Function == "posix_spawnp")
    return ProgramArgument{1, true, false};
  if (Function == "system" || Function == "popen")
    return ProgramArgument{0, false, true};
  return std::nullopt;
}

namespace {
/// What a POSIX shell (dash, as /bin/sh on Debian) runs itself rather than
/// executing a program: its keywords and builtins.
bool isShellBuiltin(std::string_view Word) {
  static constexpr std::array<std::string_view, 43> Builtins = {
      "!",      ".",    ":",       "[",        "alias",   "bg",     "break",
      "case",   "cd",   "command", "continue", "do",      "done",   "echo",
      "elif",   "else", "esac",    "eval",     "exit",    "export", "false",
      "fc",     "fg",   "fi",      "for",      "getopts", "hash",   "if",
      "jobs",   "kill", "local",   "printf",   "pwd",     "read",   "readonly",
      "return", "set",  "shift",   "test",     "then",    "trap",   "true",
      "umask"};
  static constexpr std::array<std::string_view, 8> More = {
      "unalias", "unset", "until", "wait", "while", "times", "ulimit", "type"};
  return std::find(Builtins.begin(), Builtins.end(), Word) != Builtins.end() ||
         std::find(More.begin(), More.end(), Word) != More.end() ||
         Word == "{" || Word == "}" || Word == "in";
}

bool isAssignment(std::string_view Word) {
  size_t Equals = Word.find('=');
  if (Equals == std::string_view::npos || Equals == 0)
    return false;
  return std::all_of(Word.begin(), Word.begin() + Equals, [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
  });
}

/// \p Command's words, with the operators that end a simple command as
/// words of their own; a quoted stretch stays in its word, quotes and all.
std::vector<std::string> shellWords(const std::string &Command) {
  std::vector<std::string> Words;
  std::string Word;
  auto EndWord = [&] {
    if (!Word.empty())
      Words.push_back(std::move(Word));
    Word.clear();
  };
  for (size_t I = 0; I < Command.size(); ++I) {
    char C = Command[I];
    if (C == '\'' || C == '"') {
      size_t Close = Command.find(C, I + 1);
      if (Close == std::string::npos)
        Close = Command.size() - 1;
      Word += Command.substr(I, Close - I + 1);
      I = Close;
    } else if (C == '\\' && I + 1 < Command.size()) {
      Word += Command.substr(I, 2);
      ++I;
    } else if (std::isspace(static_cast<unsigned char>(C))) {
      EndWord();
      if (C == '\n')
        Words.push_back(";");
    } else if (C == '&' && !Word.empty() &&
               (Word.back() == '>' || Word.back() == '<')) {
      Word += C; // `2>&1` duplicates a descriptor
    } else if (C == ';' || C == '&' || C == '|' || C == '(' || C == ')' ||
               C == '`') {
      EndWord();
      Words.push_back(std::string(1, C));
    } else if (C == '$' && I + 1 < Command.size() && Command[I + 1] == '(') {
      // A command substitution runs a command of its own.
      EndWord();
      Words.push_back("(");
      ++I;
    } else {
      Word += C;
    }
  }
  EndWord();
  return Words;
}
} // namespace

std::vector<std::string> programsOfShellCommand(const std::string &Command,
                                                bool &Complete) {
  Complete = true;
  std::vector<std::string> Programs;
  bool AtStart = true;
  bool AfterRedirection = false;
  for (const std::string &W : shellWords(Command)) {
    if (W.size() == 1 &&
        std::string_view(";&|()`").find(W[0]) != std::string_view::npos) {
      AtStart = true;
      continue;
    }
    if (AfterRedirection) {
      AfterRedirection = false;
      continue;
    }
    if (!AtStart)
      continue;
    // A redirection (`> file`, `2>&1`, `<file`) and an assignment come
    // before the command's name.
    size_t Redirect = W.find_first_of("<>");
    if (Redirect != std::string::npos &&
        std::all_of(W.begin(), W.begin() + Redirect,
                    [](char C) { return std::isdigit((unsigned char)C); })) {
      AfterRedirection =
          W.find_first_not_of("<>&0123456789", Redirect) == std::string::npos;
      continue;
    }
    if (isAssignment(W))
      continue;
    // `exec PROGRAM` and `command PROGRAM` run the word after, as the
    // words that open or continue a compound command do.
    if (W == "exec" || W == "command" || W == "if" || W == "then" ||
        W == "else" || W == "elif" || W == "do" || W == "while" ||
        W == "until" || W == "!" || W == "{" || W == "time")
      continue;
    AtStart = false;
    if (isShellBuiltin(W))
      continue;
    if (W.find_first_of("$'\"\\*?[~") != std::string::npos) {
      Complete = false;
      continue;
    }
    if (std::find(Programs.begin(), Programs.end(), W) == Programs.end())
      Programs.push_back(W);
  }
  return Programs;
}

} // namespace sysprune::policy
