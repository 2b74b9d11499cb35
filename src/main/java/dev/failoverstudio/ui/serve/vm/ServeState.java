package dev.failoverstudio.ui.serve.vm;

/** Where the embedded DNS server is in its life; the Serve toggle is on in every state but {@link #STOPPED}. */
public enum ServeState {
    STOPPED, STARTING, SERVING, STOPPING
}
