/** Render a stored text with blank lines between paragraphs and single line breaks kept. */
export function TextParagraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== "");
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p class="petition-text">{paragraph}</p>
      ))}
    </>
  );
}
