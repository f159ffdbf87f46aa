/// A progress note: where it came from and its text.
public struct Note: Sendable {
    /// The file path, `<stdin>`, or a record id.
    public var id: String
    /// The whole text, front matter included, exactly as read.
    public var text: String
    /// The UTF-8 byte range of the narrative: the text after any front matter.
    public var body: Range<Int>
    /// What the front matter says about the service.
    public var metadata: NoteMetadata

    /// A note whose metadata is given (a JSON Lines record, an EHR export): all of its text is
    /// the narrative. A note read from text, front matter and all, is `Note(id:text:)`.
    public init(id: String, text: String, metadata: NoteMetadata, body: Range<Int>? = nil) {
        self.id = id
        self.text = text
        self.body = body ?? 0..<text.utf8.count
        self.metadata = metadata
    }
}

