package org.eduaid.kit.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.FindPublisher;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;

/**
 * Reads many documents by {@code _id} in slices of {@value #SLICE}. The embedded store finds each id
 * through the {@code _id} index, but then checks every document found against the whole {@code $in}
 * list, so one query for n ids costs n² comparisons: a thousand ids, a million. Slices keep the cost
 * linear in the ids, for a few more round trips on MongoDB, which would not need them.
 */
public final class ByIds {

    public static final int SLICE = 100;

    private ByIds() {
    }

    /** The documents with these ids that exist, each at most once, in no particular order. */
    public static Flux<Document> find(MongoCollection<Document> collection, Collection<?> ids) {
        return find(collection, ids, null);
    }

    /** The same, with only the fields of {@code projection}. */
    public static Flux<Document> find(MongoCollection<Document> collection, Collection<?> ids, Bson projection) {
        return Flux.fromIterable(slices(ids)).concatMap(slice -> {
            FindPublisher<Document> found = collection.find(Filters.in("_id", slice));
            return projection == null ? found : found.projection(projection);
        });
    }

    /** The distinct ids in slices of at most {@value #SLICE}, in their first order. */
    public static <T> List<List<T>> slices(Collection<T> ids) {
        List<T> distinct = ids.stream().distinct().toList();
        List<List<T>> slices = new ArrayList<>((distinct.size() + SLICE - 1) / SLICE);
        for (int from = 0; from < distinct.size(); from += SLICE) {
            slices.add(distinct.subList(from, Math.min(distinct.size(), from + SLICE)));
        }
        return slices;
    }
}
