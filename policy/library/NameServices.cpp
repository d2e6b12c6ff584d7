#include "policy/library/NameServices.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/MemoryBuffer.h>

namespace sysprune::policy {

NameServiceConfig NameServiceConfig::parse(const std::string &Text) {
  NameServiceConfig Config;
  llvm::SmallVector<llvm::StringRef, 32> Lines;
  llvm::StringRef(Text).split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.split('#').first.trim();
    auto [Database, Rest] = Line.split(':');
    if (Rest.data() == nullptr || Database.trim().empty())
      continue;
    std::vector<std::string> Services;
    llvm::SmallVector<llvm::StringRef, 8> Words;
    Rest.split(Words, ' ', -1, /*KeepEmpty=*/false);
    bool InAction = false;
    for (llvm::StringRef Word : Words) {
      Word = Word.trim();
      // [NOTFOUND=return] and the like say what to do, not where to look.
      if (Word.starts_with("["))
        InAction = true;
      if (!InAction && !Word.empty())
        Services.push_back(Word.str());
      if (Word.ends_with("]"))
        InAction = false;
    }
    Config.Databases[Database.trim().str()] = std::move(Services);
  }
  return Config;
}

NameServiceConfig NameServiceConfig::read(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return parse(Buffer ? (*Buffer)->getBuffer().str() : "");
}

std::vector<std::string>
NameServiceConfig::servicesOf(const std::string &Database) const {
  if (auto It = Databases.find(Database); It != Databases.end())
    return It->second;
  // initgroups falls back to the group database; glibc's own defaults
  // otherwise (nss/nsswitch.c).
  if (Database == "initgroups")
    return servicesOf("group");
  if (Database == "hosts")
    return {"dns", "files"};
  return {"files"};
}

std::vector<std::string> nameServiceDatabasesOf(const std::string &Function) {
  static const std::map<std::string, std::vector<std::string>> Databases = {
      {"getpwnam", {"passwd"}},
      {"getpwuid", {"passwd"}},
      {"getpwnam_r", {"passwd"}},
      {"getpwuid_r", {"passwd"}},
      {"getpwent", {"passwd"}},
      {"getpwent_r", {"passwd"}},
      {"setpwent", {"passwd"}},
      {"endpwent", {"passwd"}},
      {"getgrnam", {"group"}},
      {"getgrgid", {"group"}},
      {"getgrnam_r", {"group"}},
      {"getgrgid_r", {"group"}},
      {"getgrent", {"group"}},
      {"getgrent_r", {"group"}},
      {"setgrent", {"group"}},
      {"endgrent", {"group"}},
      {"getgrouplist", {"initgroups"}},
      {"initgroups", {"initgroups"}},
      {"getspnam", {"shadow"}},
      {"getspnam_r", {"shadow"}},
      {"getspent", {"shadow"}},
      {"getspent_r", {"shadow"}},
      {"setspent", {"shadow"}},
      {"endspent", {"shadow"}},
      {"getaddrinfo", {"hosts", "services"}},
      {"getnameinfo", {"hosts", "services"}},
      {"gethostbyname", {"hosts"}},
      {"gethostbyname2", {"hosts"}},
      {"gethostbyname_r", {"hosts"}},
      {"gethostbyname2_r", {"hosts"}},
      {"gethostbyaddr", {"hosts"}},
      {"gethostbyaddr_r", {"hosts"}},
      {"gethostent", {"hosts"}},
      {"gethostent_r", {"hosts"}},
      {"sethostent", {"hosts"}},
      {"endhostent", {"hosts"}},
      {"getnetbyname", {"networks"}},
      {"getnetbyname_r", {"networks"}},
      {"getnetbyaddr", {"networks"}},
      {"getnetbyaddr_r", {"networks"}},
      {"getnetent", {"networks"}},
      {"getnetent_r", {"networks"}},
      {"setnetent", {"networks"}},
      {"endnetent", {"networks"}},
      {"getservbyname", {"services"}},
      {"getservbyport", {"services"}},
      {"getservbyname_r", {"services"}},
      {"getservbyport_r", {"services"}},
      {"getservent", {"services"}},
      {"getservent_r", {"services"}},
      {"setservent", {"services"}},
      {"getprotobyname", {"protocols"}},
      {"getprotobynumber", {"protocols"}},
      {"getprotobyname_r", {"protocols"}},
      {"getprotobynumber_r", {"protocols"}},
      {"getprotoent", {"protocols"}},
      {"getprotoent_r", {"protocols"}},
      {"setprotoent", {"protocols"}},
      // getlogin looks up the user its login uid or utmp entry names.
      {"getlogin", {"passwd"}},
      {"getlogin_r", {"passwd"}},
      // glob expands ~user (GLOB_TILDE) with getpwnam.
      {"glob", {"passwd"}},
      {"glob64", {"passwd"}}};
  auto It = Databases.find(Function);
  return It == Databases.end() ? std::vector<std::string>{} : It->second;
}

std::string nameServiceModule(const std::string &Service) {
  return "libnss_" + Service + ".so.2";
}

bool isBuiltinNameService(const std::string &Service) {
  return Service == "files" || Service == "dns";
}

} // namespace sysprune::policy
