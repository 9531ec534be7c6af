package io.tollgate.domain.relay;

import java.util.List;
import java.util.Optional;

/** The models Tollgate offers and their prices. */
public interface Models {

    /** Adds the model; false when the name is taken. */
    boolean add(Model model);

    /** Replaces the model of the same name; false when there is none. */
    boolean update(Model model);

    Optional<Model> byName(String name);

    List<Model> all();
}
