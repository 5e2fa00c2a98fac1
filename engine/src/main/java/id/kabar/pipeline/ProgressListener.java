package id.kabar.pipeline;

/** Told as pages go through the pipeline, so a shell can show progress; does nothing by default. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() { };

    /** The run will open {@code files} files (a file may hold one page or thousands). */
    default void filesToRead(int files) { }

    /** One more file was opened. */
    default void fileOpened() { }

    /** One more page was read from the inputs. */
    default void pageRead() { }

    /** One more page went all the way through (accepted or rejected). */
    default void pageDone() { }
}
