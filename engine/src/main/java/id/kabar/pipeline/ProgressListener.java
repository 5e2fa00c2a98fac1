package id.kabar.pipeline;

/** Told as pages go through the pipeline, so a shell can show progress; does nothing by default. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() { };

    /** One more page was read from the inputs. */
    default void pageRead() { }

    /** One more page went all the way through (accepted or rejected). */
    default void pageDone() { }
}
