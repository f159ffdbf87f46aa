extension Note {
    /// A note from text. YAML front matter (`---` … `---` at the very start) is read as
    /// metadata and is not part of the narrative; offsets and lines still count from the
    /// start of the file.
    public init(id: String, text: String) {
        let frontMatter = FrontMatter(text)
        let metadata = frontMatter.yaml.map { MetadataReader.read(yaml: $0, file: id, firstLine: 2) } ?? NoteMetadata()
        self.init(id: id, text: text, metadata: metadata, body: frontMatter.body)
    }
}
