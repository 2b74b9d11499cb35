package dev.failoverstudio.ui.vm.resolver;

/** An item of a combo box: the code the engine uses and the label a user reads. A null code means "none". */
public record Choice(String code, String label) {

    public static final Choice NONE = new Choice(null, "(any)");

    @Override
    public String toString() {
        return label;
    }
}
