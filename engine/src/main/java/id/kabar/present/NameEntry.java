package id.kabar.present;

/**
 * A person or an organisation in the directory: {@code articles} name it, {@code quotedIn} quote it under this
 * very name (zero for a name never quoted).
 */
public record NameEntry(String name, String type, long articles, long quotedIn) {
}
