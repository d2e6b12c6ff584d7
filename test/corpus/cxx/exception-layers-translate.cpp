// Exceptions thrown deep in a storage layer, translated at a service boundary
// and caught at the top, unwinding several frames.
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

namespace storage {
struct NotFound : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Table {
public:
  void put(int id, std::string v) { rows_[id] = std::move(v); }
  const std::string &get(int id) const {
    auto it = rows_.find(id);
    if (it == rows_.end())
      throw NotFound("row " + std::to_string(id) + " not found");
    return it->second;
  }

private:
  std::map<int, std::string> rows_;
};
} // namespace storage

namespace service {
struct UserError : std::runtime_error {
  int status;
  UserError(const std::string &m, int s) : std::runtime_error(m), status(s) {}
};

class Users {
public:
  explicit Users(storage::Table &t) : table_(t) {}
  std::string display_name(int id) const {
    try {
      return "@" + table_.get(id);
    } catch (const storage::NotFound &e) {
      throw UserError(std::string("no such user (") + e.what() + ")", 404);
    }
  }
  std::string greet(int id) const { return "hello, " + display_name(id); }

private:
  storage::Table &table_;
};
} // namespace service

namespace api {
struct Response {
  int status;
  std::string body;
};
Response handle(const service::Users &users, int id) {
  try {
    return {200, users.greet(id)};
  } catch (const service::UserError &e) {
    return {e.status, e.what()};
  } catch (const std::exception &e) {
    return {500, e.what()};
  }
}
} // namespace api

int main() {
  storage::Table t;
  t.put(1, "ada");
  t.put(2, "linus");
  service::Users users(t);

  int rc = 0;
  for (int id : {1, 2, 3}) {
    api::Response r = api::handle(users, id);
    std::cout << "GET /users/" << id << " -> " << r.status << " " << r.body
              << '\n';
    if ((id == 3) != (r.status == 404))
      rc = 1;
  }
  api::Response r = api::handle(users, 42);
  if (r.body != "no such user (row 42 not found)")
    rc = 1;
  std::cout << "done" << std::endl;
  return rc;
}
