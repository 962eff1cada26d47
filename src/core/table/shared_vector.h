// A vector whose storage copies share until one of them writes (copy on write): a column's values
// held by the reader's table, the mapping's and the dataset's without a second copy of a million
// cells. Reading costs what a std::vector's does (a cached pointer and size); every mutating call
// copies shared storage first. There is no mutable operator[]: writes are set() or mutableData(),
// so a read through a non-const column never copies. Not thread-safe, as the engine is not.
#pragma once
#include <cassert>
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace carescore {

template <class T>
class SharedVector {
public:
  using value_type = T;
  using const_iterator = const T*;

  SharedVector() = default;
  SharedVector(std::vector<T>&& values) : data_(std::make_shared<std::vector<T>>(std::move(values))) { refresh(); }
  SharedVector(std::initializer_list<T> values) : SharedVector(std::vector<T>(values)) {}
  SharedVector(const SharedVector&) = default;
  SharedVector& operator=(const SharedVector&) = default;
  SharedVector(SharedVector&& other) noexcept
      : data_(std::move(other.data_)), begin_(std::exchange(other.begin_, nullptr)), size_(std::exchange(other.size_, 0)) {}
  SharedVector& operator=(SharedVector&& other) noexcept {
    data_ = std::move(other.data_);
    begin_ = std::exchange(other.begin_, nullptr);
    size_ = std::exchange(other.size_, 0);
    return *this;
  }

  // Reading: as a const std::vector.
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const {
    assert(i < size_);
    return begin_[i];
  }
  const T* data() const { return begin_; }
  const T* begin() const { return begin_; }
  const T* end() const { return begin_ + size_; }
  const T& front() const { return (*this)[0]; }
  const T& back() const { return (*this)[size_ - 1]; }
  std::size_t capacity() const { return data_ ? data_->capacity() : 0; }
  // The storage as a vector, for code that takes one.
  const std::vector<T>& vector() const {
    static const std::vector<T> kEmpty;
    return data_ ? *data_ : kEmpty;
  }
  operator const std::vector<T>&() const { return vector(); }
  // Whether two vectors share one storage (a copy that neither has written to).
  bool sharesWith(const SharedVector& other) const { return data_ && data_ == other.data_; }
  // Bytes of storage, counted by every holder of shared storage.
  std::size_t memoryBytes() const { return capacity() * sizeof(T); }

  // Writing: shared storage is copied first.
  void set(std::size_t i, const T& value) {
    assert(i < size_);
    own()[i] = value;
  }
  T* mutableData() { return own().data(); }
  void push_back(const T& value) {
    std::vector<T>& v = own();
    v.push_back(value);
    refresh();
  }
  void resize(std::size_t count, const T& value = T{}) { edit([&](std::vector<T>& v) { v.resize(count, value); }); }
  void assign(std::size_t count, const T& value) { edit([&](std::vector<T>& v) { v.assign(count, value); }); }
  void reserve(std::size_t count) { edit([&](std::vector<T>& v) { v.reserve(count); }); }
  // Drops this holder's storage (another holder keeps it).
  void clear() { *this = SharedVector(); }

  friend bool operator==(const SharedVector& a, const SharedVector& b) { return a.vector() == b.vector(); }
  friend bool operator==(const SharedVector& a, const std::vector<T>& b) { return a.vector() == b; }

private:
  // The storage, this vector's alone: shared storage is copied (to the size, not the capacity).
  // The copy is out of line: with it inline, clang (the WebAssembly build) left push_back a call
  // per cell in the readers' loops, where GCC inlines it.
  std::vector<T>& own() {
    if (!data_ || data_.use_count() > 1) [[unlikely]] unshare();
    return *data_;
  }
  [[gnu::noinline]] void unshare() {
    data_ = data_ ? std::make_shared<std::vector<T>>(*data_) : std::make_shared<std::vector<T>>();
    refresh();
  }
  template <class Edit>
  void edit(Edit change) {
    change(own());
    refresh();
  }
  void refresh() {
    begin_ = data_->data();
    size_ = data_->size();
  }

  std::shared_ptr<std::vector<T>> data_;  // null until the first write
  const T* begin_ = nullptr;               // data_'s values, cached for reading
  std::size_t size_ = 0;
};

} // namespace carescore
