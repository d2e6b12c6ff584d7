// A scene graph of make_shared'd polymorphic nodes deleted through base
// pointers, with weak_ptr parent links and a weak_ptr cache.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

static int g_destroyed = 0;

class Node : public std::enable_shared_from_this<Node> {
public:
  explicit Node(std::string name) : name_(std::move(name)) {}
  virtual ~Node() { ++g_destroyed; }
  virtual double area() const { return 0; }
  virtual std::string kind() const { return "group"; }

  void add(const std::shared_ptr<Node> &child) {
    child->parent_ = weak_from_this();
    children_.push_back(child);
  }
  double total_area() const {
    double a = area();
    for (const auto &c : children_)
      a += c->total_area();
    return a;
  }
  std::string path() const {
    auto p = parent_.lock();
    return (p ? p->path() + "/" : "") + name_;
  }
  const std::vector<std::shared_ptr<Node>> &children() const {
    return children_;
  }

private:
  std::string name_;
  std::weak_ptr<Node> parent_;
  std::vector<std::shared_ptr<Node>> children_;
};

class Rect : public Node {
public:
  Rect(std::string n, double w, double h) : Node(std::move(n)), w_(w), h_(h) {}
  double area() const override { return w_ * h_; }
  std::string kind() const override { return "rect"; }

private:
  double w_, h_;
};

class Circle : public Node {
public:
  Circle(std::string n, double r) : Node(std::move(n)), r_(r) {}
  double area() const override { return 3.0 * r_ * r_; } // integer-friendly pi
  std::string kind() const override { return "circle"; }

private:
  double r_;
};

int main() {
  std::map<std::string, std::weak_ptr<Node>> cache;
  {
    auto root = std::make_shared<Node>("root");
    auto panel = std::make_shared<Node>("panel");
    std::shared_ptr<Node> button = std::make_shared<Rect>("button", 4, 2);
    root->add(panel);
    panel->add(button);
    panel->add(std::make_shared<Circle>("knob", 1));
    root->add(std::make_shared<Rect>("background", 10, 10));
    cache["button"] = button;

    std::cout << "button path " << button->path() << ", kind " << button->kind()
              << ", total area " << root->total_area() << '\n';
    if (auto b = cache["button"].lock())
      std::cout << "cache hit, use_count " << b.use_count() << '\n';
    if (root->total_area() != 8 + 3 + 100 ||
        button->path() != "root/panel/button")
      return 1;
  } // whole graph destroyed via shared_ptr<Node>, virtual destructors run
  bool expired = cache["button"].expired();
  std::cout << "destroyed " << g_destroyed << " nodes, cache expired "
            << expired << std::endl;
  return (g_destroyed == 5 && expired) ? 0 : 1;
}
