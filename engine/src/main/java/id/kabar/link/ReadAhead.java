package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;

/**
 * Articles read for linking ({@link Linker#read}) in their order, each read on a thread of the common pool while the
 * thread that links them links those before it: linking takes articles one at a time in arrival order, but reading
 * them, most of the work of profiling, needs only the article. The linking thread reads an article itself when its
 * turn comes before a pool thread took it up, so the pool may be busy or small.
 */
public final class ReadAhead implements Iterator<ArticleReading> {
    /**
     * Articles read ahead at most: enough to keep a pool thread busy past articles that read long while the linking
     * thread links (on the CLICK-ID week reading took 358 of the Java samples and the linking thread's work 535), few
     * enough that the readings waiting hold little (a reading is the words of a profile, a few kilobytes).
     */
    static final int AHEAD = 64;
    private final List<AnnotatedArticle> articles;
    private final ArrayDeque<FutureTask<ArticleReading>> pending = new ArrayDeque<>();
    private int submitted;

    public ReadAhead(List<AnnotatedArticle> articles) {
        this.articles = articles;
        submit();
    }

    private void submit() {
        while (submitted < articles.size() && pending.size() < AHEAD) {
            AnnotatedArticle article = articles.get(submitted++);
            FutureTask<ArticleReading> reading = new FutureTask<>(() -> Linker.read(article));
            pending.add(reading);
            ForkJoinPool.commonPool().execute(reading);
        }
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty();
    }

    @Override
    public ArticleReading next() {
        FutureTask<ArticleReading> reading = pending.poll();
        if (reading == null) {
            throw new NoSuchElementException();
        }
        submit();
        return done(reading);
    }

    /**
     * The result of a task handed to a pool: run here unless a pool thread has taken it up, so that it never waits on
     * a busy pool. What the task threw is thrown here.
     */
    static <T> T done(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a pool's task", e);
        }
    }
}
