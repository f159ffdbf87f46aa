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

    /// A note from text. YAML front matter (`---` … `---` at the very start) is read as
    /// metadata and is not part of the narrative; offsets and lines still count from the
    /// start of the file.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
        let frontMatter = FrontMatter(text)
        self.body = frontMatter.body
        self.metadata = frontMatter.yaml.map { MetadataReader.read(yaml: $0, file: id, firstLine: 2) } ?? NoteMetadata()
    }

    /// A note whose metadata comes from elsewhere (a JSON Lines record, an EHR export).
    public init(id: String, text: String, metadata: NoteMetadata) {
        self.id = id
        self.text = text
        self.body = 0..<text.utf8.count
        self.metadata = metadata
    }
}

