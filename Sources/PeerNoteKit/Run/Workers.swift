import Dispatch
import Synchronization

/// Runs a transform over a batch on several threads, each with its own state (an `Analyzer`,
/// whose ICU iterators are not thread-safe), and returns the results in input order, so the
/// output is the same whatever the number of workers. A class: the states it makes as batches
/// need them belong to the one set of workers, not to whichever copy made them.
///
/// Inlinable, as `NoteRun.run` is: specialized for the caller's result type, handing results
/// on costs no runtime type lookups.
@usableFromInline final class Workers<State> {
    @usableFromInline var states: [State]
    @usableFromInline let count: Int
    @usableFromInline let make: () throws -> State

    /// `count` workers, each with the state `make` returns. The first state is made here, so a
    /// state that cannot be made fails here; the others only when a batch can use them: a run
    /// of one note needs one analyzer, and each opens ICU again.
    @usableFromInline init(count: Int, make: @escaping () throws -> State) throws {
        self.count = max(1, count)
        self.make = make
        states = [try make()]
    }

    /// `transform` applied to every batch, each batch's results handed to `consume` in order.
    /// While `consume` writes one batch and the batch after next is read, the workers already
    /// run the next: on many small notes the writing, and the reading of lines or paths, would
    /// otherwise leave every worker idle.
    @inlinable func pipeline<Item, Result>(_ batches: some Sequence<[Item]>, _ transform: @escaping (inout State, Item) -> Result,
                                consume: ([Result]) -> Void) {
        var iterator = batches.makeIterator()
        guard let first = iterator.next() else { return }
        var results = map(first, transform)
        var spent: [Result] = []
        var following = iterator.next()
        while let next = following {
            // Only one batch runs at a time, so each state is still used by one thread only.
            nonisolated(unsafe) let workers = self
            nonisolated(unsafe) var ahead: [Result] = []
            // The batch written last time is freed by the task that runs the next one, not by
            // the writing thread: the allocator pays for memory freed on another thread than
            // the one that allocated it.
            nonisolated(unsafe) var written = spent
            nonisolated(unsafe) let next = next, transform = transform
            spent = []
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                written.removeAll()
                ahead = workers.map(next, transform)
                done.signal()
            }
            consume(results)
            following = iterator.next()
            done.wait()
            spent = results
            results = ahead
        }
        consume(results)
    }

    /// Makes the states a batch of `items` can use. One that cannot be made leaves fewer
    /// workers (the first already exists, so it is never none).
    @usableFromInline func makeStates(for items: Int) {
        while states.count < min(count, items), let state = try? make() { states.append(state) }
    }

    /// `transform` applied to every item, in order.
    @inlinable func map<Item, Result>(_ items: [Item], _ transform: (inout State, Item) -> Result) -> [Result] {
        makeStates(for: items.count)
        if states.count == 1 || items.count < 2 {
            return items.map { transform(&states[0], $0) }
        }
        let workers = min(states.count, items.count)
        // Each worker takes the next item not yet taken, so one that draws long notes does not
        // leave the others waiting at the end of the batch; each slot is still written once.
        let next = Atomic<Int>(0)
        return [Result](unsafeUninitializedCapacity: items.count) { results, initialized in
            states.withUnsafeMutableBufferPointer { states in
                nonisolated(unsafe) let results = results, states = states, items = items, transform = transform
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    while true {
                        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard index < items.count else { break }
                        (results.baseAddress! + index).initialize(to: transform(&states[worker], items[index]))
                    }
                }
            }
            initialized = items.count
        }
    }
}

extension IteratorProtocol {
    /// Consecutive batches of at most `size` elements, read only as they are needed. With
    /// `growingTo`, each batch is twice the one before up to that size: the first batch is
    /// analyzed before anything can overlap it, and every batch ends with the workers waiting
    /// for each other, so small batches first and large ones after.
    @inlinable func batches(of size: Int, growingTo largest: Int? = nil) -> AnyIterator<[Element]> {
        var iterator = self
        var size = size
        return AnyIterator {
            var batch: [Element] = []
            batch.reserveCapacity(size)
            while batch.count < size, let next = iterator.next() { batch.append(next) }
            if let largest { size = min(size * 2, largest) }
            return batch.isEmpty ? nil : batch
        }
    }
}
